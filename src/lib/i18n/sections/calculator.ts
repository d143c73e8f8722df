import type { Locale } from '../locales.ts';
import { calculator as en } from '../en/calculator.ts';
import { calculator as ru } from '../ru/calculator.ts';

export const calculator: Record<Locale, typeof en> = { en, ru };
