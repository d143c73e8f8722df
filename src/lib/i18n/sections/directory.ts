import type { Locale } from '../locales.ts';
import { directory as en } from '../en/directory.ts';
import { directory as ru } from '../ru/directory.ts';

export const directory: Record<Locale, typeof en> = { en, ru };
