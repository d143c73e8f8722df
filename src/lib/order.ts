/** Editorial order: by the `order` field, then by id so ties never depend on file-system order. */
export function byOrder<T extends { id: string; data: { order: number } }>(a: T, b: T): number {
  return a.data.order - b.data.order || a.id.localeCompare(b.id);
}

import { LOCALE_SETTINGS, LOCALES, type Locale } from './i18n/locales.ts';

/**
 * Names and titles in the reading order of a language: case and accents
 * aside, numbers by value ("Tier 2" before "Tier 10"); in Russian, Cyrillic
 * names come before Latin ones.
 */
const collators = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    new Intl.Collator(LOCALE_SETTINGS[locale].intl, { sensitivity: 'base', numeric: true }),
  ]),
) as Record<Locale, Intl.Collator>;

export const nameCollator = (locale: Locale): Intl.Collator => collators[locale];
