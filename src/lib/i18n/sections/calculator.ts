import type { Locale } from '../locales';
import { calculator as en } from '../en/calculator';
import { calculator as ru } from '../ru/calculator';

export const calculator: Record<Locale, typeof en> = { en, ru };
