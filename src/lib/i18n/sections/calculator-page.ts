import type { Locale } from '../locales';
import { calculatorPage as en } from '../en/calculator-page';
import { calculatorPage as ru } from '../ru/calculator-page';

export const calculatorPage: Record<Locale, typeof en> = { en, ru };
