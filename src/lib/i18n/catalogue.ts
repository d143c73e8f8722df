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
import { LOCALES, type Locale } from './locales.ts';
import { apply } from './sections/apply.ts';
import { calculator } from './sections/calculator.ts';
import { calculatorPage } from './sections/calculator-page.ts';
import { commission } from './sections/commission.ts';
import { compare } from './sections/compare.ts';
import { compareTray } from './sections/compare-tray.ts';
import { directory } from './sections/directory.ts';
import { faq } from './sections/faq.ts';
import { form } from './sections/form.ts';
import { home } from './sections/home.ts';
import { lead } from './sections/lead.ts';
import { library } from './sections/library.ts';
import { partner } from './sections/partner.ts';
import { preview } from './sections/preview.ts';
import { program } from './sections/program.ts';
import { reviewForm } from './sections/review-form.ts';
import { reviews } from './sections/reviews.ts';
import { search } from './sections/search.ts';
import { site } from './sections/site.ts';
import { tiers } from './sections/tiers.ts';

const sections = {
  site,
  home,
  program,
  tiers,
  commission,
  calculator,
  calculatorPage,
  directory,
  compare,
  compareTray,
  partner,
  search,
  library,
  faq,
  apply,
  form,
  preview,
  reviews,
  lead,
  reviewForm,
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
