import type { Catalogue } from '../catalogue.ts';
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.ru.intl);

export const commission: Catalogue['commission'] = {
  duration: {
    lifetime: 'Весь срок жизни клиента',
    years: (count) => forms(count, { one: '# год', few: '# года', many: '# лет', other: '# года' }),
    months: (count) => forms(count, { one: '# месяц', few: '# месяца', many: '# месяцев', other: '# месяца' }),
  },
  period: {
    lifetime: 'на весь срок жизни клиента',
    years: (count) =>
      forms(count, {
        one: 'в течение # года',
        few: 'в течение # лет',
        many: 'в течение # лет',
        other: 'в течение # года',
      }),
    months: (count) =>
      forms(count, {
        one: 'в течение # месяца',
        few: 'в течение # месяцев',
        many: 'в течение # месяцев',
        other: 'в течение # месяца',
      }),
  },
};
