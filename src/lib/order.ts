/** Editorial order: by the `order` field, then by id so ties never depend on file-system order. */
export function byOrder<T extends { id: string; data: { order: number } }>(a: T, b: T): number {
  return a.data.order - b.data.order || a.id.localeCompare(b.id);
}

import { perLocale, type Locale } from './i18n/locales.ts';

/**
 * Names and titles in the reading order of a language: case and accents
 * aside, numbers by value ("Tier 2" before "Tier 10"); in Russian, Cyrillic
 * names come before Latin ones.
 */
export const nameCollator: (locale: Locale) => Intl.Collator = perLocale(
  ({ intl }) => new Intl.Collator(intl, { sensitivity: 'base', numeric: true }),
);
