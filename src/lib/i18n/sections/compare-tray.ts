import type { Locale } from '../locales.ts';
import { compareTray as en } from '../en/compare-tray.ts';
import { compareTray as ru } from '../ru/compare-tray.ts';

export const compareTray: Record<Locale, typeof en> = { en, ru };
