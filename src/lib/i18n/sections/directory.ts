import type { Locale } from '../locales';
import { directory as en } from '../en/directory';
import { directory as ru } from '../ru/directory';

export const directory: Record<Locale, typeof en> = { en, ru };
