import type { Locale } from '../locales.ts';
import { program as en } from '../en/program.ts';
import { program as ru } from '../ru/program.ts';

export const program: Record<Locale, typeof en> = { en, ru };
