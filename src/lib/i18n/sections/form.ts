import type { Locale } from '../locales.ts';
import { form as en } from '../en/form.ts';
import { form as ru } from '../ru/form.ts';

export const form: Record<Locale, typeof en> = { en, ru };
