import type { Catalogue } from '../catalogue.ts';
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.ru.intl);
const number = new Intl.NumberFormat(LOCALE_SETTINGS.ru.intl);

export const search: Catalogue['search'] = {
  filters: (chosen) => (chosen > 0 ? `Фильтры (выбрано: ${number.format(chosen)})` : 'Фильтры'),
  count: (count) => number.format(count),
  clearFilters: 'Сбросить фильтры',
  matches: (count) =>
    forms(count, { one: '# результат', few: '# результата', many: '# результатов', other: '# результата' }),
  sortBy: 'Сортировка',
  filterLinks: 'Фильтры',
  didYouMean: { before: 'Возможно, вы имели в виду', after: '?' },
};
