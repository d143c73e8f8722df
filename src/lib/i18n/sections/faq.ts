import type { Locale } from '../locales.ts';
import { faq as en } from '../en/faq.ts';
import { faq as ru } from '../ru/faq.ts';

export const faq: Record<Locale, typeof en> = { en, ru };
