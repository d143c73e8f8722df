import type { Locale } from '../locales.ts';
import { calculatorPage as en } from '../en/calculator-page.ts';
import { calculatorPage as ru } from '../ru/calculator-page.ts';

export const calculatorPage: Record<Locale, typeof en> = { en, ru };
