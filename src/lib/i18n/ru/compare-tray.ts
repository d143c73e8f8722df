import type { Catalogue } from '../catalogue.ts';
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.ru.intl);
const number = new Intl.NumberFormat(LOCALE_SETTINGS.ru.intl);

export const compareTray: Catalogue['compareTray'] = {
  add: 'Сравнить',
  full: (max) => `Сравнить можно не больше ${number.format(max)} партнёров. Сначала уберите кого-то из списка.`,
  tray: 'Партнёры для сравнения',
  remove: (name) => `Убрать «${name}» из сравнения`,
  go: (count) =>
    `Сравнить ${forms(count, { one: '# партнёра', few: '# партнёров', many: '# партнёров', other: '# партнёра' })}`,
  needMore: 'Выберите ещё одного партнёра для сравнения',
  clear: 'Очистить список',
};
