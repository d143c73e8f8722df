import type { Locale } from '../locales.ts';
import { preview as en } from '../en/preview.ts';
import { preview as ru } from '../ru/preview.ts';

export const preview: Record<Locale, typeof en> = { en, ru };
