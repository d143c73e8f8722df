import type { Catalogue } from '../catalogue.ts';
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.ru.intl);

export const partner: Catalogue['partner'] = {
  eyebrow: (vendor) => `Партнёр ${vendor}`,
  headquarters: (city) => `Головной офис: ${city}`,
  stale: (verifiedOn, months) =>
    `Профиль последний раз проверяли ${verifiedOn}, больше ${forms(months, { one: '# месяца', few: '# месяцев', many: '# месяцев', other: '# месяца' })} назад. Прежде чем опираться на эти данные, уточните их у партнёра.`,
  about: (name) => `О компании ${name}`,
  facts: {
    type: 'Тип партнёрства',
    region: 'Регионы работы',
    service: 'Услуги',
    industry: 'Отрасли',
    language: 'Языки',
    certifiedStaff: 'Сертифицированные специалисты',
    offices: 'Офисы',
    remote: 'Работает и удалённо во всех своих регионах',
    size: 'Размер клиентов',
    accepting: 'Новые клиенты',
    booked: 'Сейчас не берёт новых клиентов',
    minProject: 'Минимальный проект',
    noMinimum: 'Без минимальной суммы',
    since: 'В программе с',
  },
  caseStudies: 'Кейсы',
  contact: {
    heading: 'Контакты',
    askTeam: 'Попросите партнёрский отдел познакомить вас с партнёром:',
    verifiedOn: 'Профиль проверен',
    backToAll: 'Ко всем партнёрам',
  },
};
