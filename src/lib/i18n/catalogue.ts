/**
 * The interface text of the site, one catalogue per language (`en/`, `ru/`),
 * each split into sections by part of the site. The English catalogue is the
 * shape: a key missing or misspelt in another language fails the type check,
 * and messages that take values are functions, so their arguments are typed
 * too. Components read `catalogue(locale).section.key`; nothing user-facing
 * is typed into a component or page.
 */
import { en } from './en';
import { ru } from './ru';
import type { Locale } from './locales';

export type Catalogue = typeof en;

const catalogues: Record<Locale, Catalogue> = { en, ru };

export function catalogue(locale: Locale): Catalogue {
  return catalogues[locale];
}
