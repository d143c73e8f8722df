/**
 * The words every faceted search shares, the directory's and the library's:
 * the filter panel, the sort, the filter links, "did you mean". What a
 * listing calls its results, its search box and its facets lives in its own
 * section (`directory`, `library`).
 */
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.en.intl);
const number = new Intl.NumberFormat(LOCALE_SETTINGS.en.intl);

export const search = {
  /** The filter panel's disclosure, with how many values are chosen. */
  filters: (chosen: number) => (chosen > 0 ? `Filters (${number.format(chosen)} chosen)` : 'Filters'),
  clearFilters: 'Clear all filters',
  /** A value's count as shown beside it. */
  count: (count: number) => number.format(count),
  /** A value's count as a screen reader hears it: results if the value were added. */
  matches: (count: number) => forms(count, { one: '# match', other: '# matches' }),
  /** Label of the sort menu. */
  sortBy: 'Sort by',
  /** Landmark of the filter links on listings without JavaScript. */
  filterLinks: 'Filters',
  /** "Did you mean <suggestion>?": the words before and after the button that runs the suggestion. */
  didYouMean: { before: 'Did you mean', after: '?' },
};
