import type { Locale } from '../locales';
import { faq as en } from '../en/faq';
import { faq as ru } from '../ru/faq';

export const faq: Record<Locale, typeof en> = { en, ru };
