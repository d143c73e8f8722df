import type { Locale } from '../locales';
import { program as en } from '../en/program';
import { program as ru } from '../ru/program';

export const program: Record<Locale, typeof en> = { en, ru };
