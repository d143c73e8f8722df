import type { Catalogue } from '../catalogue.ts';
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.ru.intl);
const list = new Intl.ListFormat(LOCALE_SETTINGS.ru.intl, { type: 'conjunction' });

export const tiers: Catalogue['tiers'] = {
  rows: {
    resaleDiscount: 'Скидка на перепродажу от прейскурантной цены',
    referralCommission: 'Вознаграждение за привлечение',
    commissionPaidFor: 'Срок выплаты вознаграждения',
    // The plan's seat unit is a noun in the nominative only; the count of seats speaks of licences instead.
    exampleCommission: ({ seats, plan }) =>
      `Вознаграждение в месяц с одного клиента на ${plan} (${forms(seats, {
        one: '# лицензия',
        few: '# лицензии',
        many: '# лицензий',
        other: '# лицензии',
      })})`,
    marketDevelopmentFunds: 'Фонд развития рынка (MDF)',
    supportResponse: 'Срок реакции партнёрской поддержки',
    leads: 'Заявки из каталога партнёров',
    freeLicences: 'NFR-лицензии для вашей команды',
    yes: 'Да',
    no: 'Нет',
  },
  requirements: 'Требования',
  benefits: 'Преимущества',
  index: {
    title: 'Уровни партнёрства',
    description: (names) => `Требования и преимущества уровней партнёрства ${list.format(names)} в одной таблице.`,
    lead: 'Все партнёры начинают с первого уровня. Сертифицируйте сотрудников и расширяйте клиентскую базу: на старших уровнях выше скидка и вознаграждение, есть заявки от клиентов, а поддержка отвечает быстрее. Уровни пересматриваются раз в полгода.',
    caption: 'Требования и преимущества уровней',
    about: (tier) => `Подробнее об уровне ${tier}`,
    terms: {
      before: 'О выплатах, закреплении клиентов и регистрации сделок — в ',
      link: 'условиях программы',
      after: '.',
    },
  },
  tier: {
    title: (tier) => `Уровень ${tier}`,
    eyebrow: 'Уровень партнёрства',
    nextAdds: (tier) => `Что даёт уровень ${tier}`,
    requirementsOf: (tier) => `Требования уровня ${tier}`,
    estimate: (tier) => `Сколько вы заработаете на уровне ${tier}`,
    calculator: {
      link: 'Откройте калькулятор на отдельной странице',
      after: ', чтобы поделиться расчётом.',
    },
    pager: 'Уровни',
    allTiers: 'Сравнение всех уровней',
  },
};
