import type { Catalogue } from '../catalogue.ts';
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.ru.intl);
const kilometres = new Intl.NumberFormat(LOCALE_SETTINGS.ru.intl, { style: 'unit', unit: 'kilometer' });
const list = new Intl.ListFormat(LOCALE_SETTINGS.ru.intl, { type: 'conjunction' });

export const compare: Catalogue['compare'] = {
  title: 'Сравнение партнёров',
  description: (vendor) => `До трёх партнёров ${vendor} рядом: услуги, регионы, офисы, клиенты и оценки.`,
  lead: 'До трёх партнёров рядом. Строки, в которых они различаются, отмечены.',
  noScript:
    'Сравнение собирается в браузере, и для него нужен JavaScript. Те же сведения есть в профиле каждого партнёра.',
  backToDirectory: 'Вернуться в каталог',
  loading: 'Загружаем партнёров…',
  failed: 'Не удалось загрузить партнёров. Попробуйте ещё раз или откройте их профили из каталога.',
  empty: 'Выберите в каталоге двух или трёх партнёров кнопкой «Сравнить» на карточке или в профиле.',
  dropped: (count) =>
    count === 1
      ? 'Одного партнёра из этой ссылки больше нет в каталоге, он не показан.'
      : forms(count, {
          one: '# партнёра из этой ссылки больше нет в каталоге, они не показаны.',
          few: '# партнёров из этой ссылки больше нет в каталоге, они не показаны.',
          many: '# партнёров из этой ссылки больше нет в каталоге, они не показаны.',
          other: '# партнёра из этой ссылки больше нет в каталоге, они не показаны.',
        }),
  fact: 'Параметр',
  differs: 'У этих партнёров различается',
  yes: 'Да',
  no: 'Нет',
  removeColumn: (name) => `Убрать «${name}»`,
  profile: 'Открыть профиль',
  rows: {
    tier: 'Уровень',
    rating: 'Оценка клиентов',
    types: 'Тип партнёрства',
    services: 'Услуги',
    industries: 'Отрасли',
    regions: 'Регионы работы',
    offices: 'Офисы',
    distance: (place) => (place ? `Расстояние от г. ${place}` : 'Расстояние от вас'),
    languages: 'Языки',
    sizes: 'Размер клиентов',
    minProject: 'Минимальный проект',
    accepting: 'Новые клиенты',
    certifiedStaff: 'Сертифицированные специалисты',
    since: 'В программе с',
    verified: 'Профиль проверен',
  },
  noRating: 'Проверенных отзывов пока нет',
  rating: (average, count) =>
    `${average} из 5, ${forms(count, { one: '# отзыв', few: '# отзыва', many: '# отзывов', other: '# отзыва' })}`,
  km: (km) => kilometres.format(Math.max(1, Math.round(km))),
  remote: 'Работает удалённо в вашем регионе',
  notGiven: 'Не указано',
  noMinimum: 'Без минимальной суммы',
  accepting: 'Принимает новых клиентов',
  booked: 'Сейчас не берёт новых клиентов',
  stale: (months) =>
    `больше ${forms(months, { one: '# месяца', few: '# месяцев', many: '# месяцев', other: '# месяца' })} назад — уточните данные у партнёра`,
  request: (names) => `Запросить предложения у ${list.format(names.map((name) => `«${name}»`))}`,
};
