/**
 * The interface text of the site, one catalogue per language (`en/`, `ru/`),
 * each split into sections by part of the site. The English catalogue is the
 * shape: a key missing or misspelt in another language fails the type check,
 * and messages that take values are functions, so their arguments are typed
 * too. Nothing user-facing is typed into a component or page.
 *
 * Pages read `catalogue(locale).section.key`. Islands and src/lib import the
 * one section they need from `sections/`, so their JavaScript carries only
 * those words (in every language), not the whole catalogue.
 */
import { LOCALES, type Locale } from './locales';
import { apply } from './sections/apply';
import { calculator } from './sections/calculator';
import { calculatorPage } from './sections/calculator-page';
import { commission } from './sections/commission';
import { directory } from './sections/directory';
import { faq } from './sections/faq';
import { home } from './sections/home';
import { library } from './sections/library';
import { partner } from './sections/partner';
import { program } from './sections/program';
import { search } from './sections/search';
import { site } from './sections/site';
import { tiers } from './sections/tiers';

const sections = {
  site,
  home,
  program,
  tiers,
  commission,
  calculator,
  calculatorPage,
  directory,
  partner,
  search,
  library,
  faq,
  apply,
};

export type Catalogue = { [Section in keyof typeof sections]: (typeof sections)[Section]['en'] };

const catalogues = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    Object.fromEntries(Object.entries(sections).map(([name, byLocale]) => [name, byLocale[locale]])),
  ]),
) as Record<Locale, Catalogue>;

export function catalogue(locale: Locale): Catalogue {
  return catalogues[locale];
}
