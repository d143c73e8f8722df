import type { Catalogue } from '../catalogue.ts';
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.ru.intl);
const number = new Intl.NumberFormat(LOCALE_SETTINGS.ru.intl);
const kilometres = new Intl.NumberFormat(LOCALE_SETTINGS.ru.intl, { style: 'unit', unit: 'kilometer' });
const distance = (km: number) => kilometres.format(Math.max(1, Math.round(km)));
const words = new Intl.ListFormat(LOCALE_SETTINGS.ru.intl, { type: 'conjunction' });
/** «Найден 1 партнёр», «найдено 3 партнёра», «найдено 25 партнёров». */
const found = (count: number) =>
  forms(count, {
    one: 'Найден # партнёр',
    few: 'Найдено # партнёра',
    many: 'Найдено # партнёров',
    other: 'Найдено # партнёра',
  });

export const directory: Catalogue['directory'] = {
  title: 'Найти партнёра',
  description: (count, vendor) =>
    `${forms(count, {
      one: '# сертифицированный партнёр',
      few: '# сертифицированных партнёра',
      many: '# сертифицированных партнёров',
      other: '# сертифицированного партнёра',
    })} ${vendor}: поиск по городу, региону, услугам, отраслям и языкам.`,
  lead: (vendor) =>
    `Сертифицированные компании, которые внедряют и сопровождают ${vendor} и переносят в него почту клиентов. Ищите по названию, городу или услуге и уточняйте поиск по региону, отрасли и языку.`,

  facets: {
    service: 'Услуги',
    region: 'Регионы',
    industry: 'Отрасли',
    language: 'Языки',
    type: 'Тип партнёрства',
    tier: 'Уровень',
    rating: 'Оценка клиентов',
    accepting: 'Набор клиентов',
    size: 'Размер клиента',
    budget: 'Ваш бюджет',
  },
  sorts: {
    best: 'По соответствию',
    distance: 'Сначала ближайшие',
    rating: 'По оценке',
    name: 'По названию',
    tier: 'По уровню',
    verified: 'По дате проверки',
  },
  acceptingClients: 'Принимает новых клиентов',

  near: {
    label: 'Где искать',
    placeholder: 'Введите город',
    noCity: (typed) => `В списке нет города, который начинается с «${typed}».`,
    useLocation: 'Определить моё местоположение',
    locating: 'Определяем местоположение…',
    yourLocation: 'Моё местоположение',
    privacy:
      'Местоположение остаётся на этой странице: оно округляется примерно до километра и никуда не отправляется.',
    denied: 'Браузер не сообщил местоположение, поэтому поиск остался прежним. Введите город.',
    failed: 'Не удалось вовремя определить местоположение, поэтому поиск остался прежним. Введите город.',
    clear: 'Убрать место',
    within: 'В радиусе',
    any: 'Любое расстояние',
    radius: (km, count) => (count === undefined ? distance(km) : `${distance(km)} (${number.format(count)})`),
  },
  card: {
    distance: (km, place) =>
      km < 1
        ? place
          ? `Есть офис в г. ${place}`
          : 'Меньше 1 км от вас'
        : place
          ? `${distance(km)} от г. ${place}`
          : `${distance(km)} от вас`,
    remote: 'Работает удалённо в вашем регионе',
    booked: 'Сейчас не берёт новых клиентов',
  },

  search: {
    label: 'Поиск партнёров',
    placeholder: 'Компания, город, услуга или язык',
    heading: 'Партнёры',
    status: (count, query) => `${found(count)}${query ? ` по запросу «${query}»` : ''}`,
  },
  loadFailed: 'Не удалось загрузить поиск. Ниже — полный список партнёров.',
  ignoredWords: (ignored) => {
    const quoted = words.format(ignored.map((word) => `«${word}»`));
    return ignored.length === 1
      ? `Слово ${quoted} не встречается ни у одного партнёра, поэтому показаны результаты по остальным словам.`
      : `Слова ${quoted} не встречаются ни у одного партнёра, поэтому показаны результаты по остальным словам.`;
  },
  empty: {
    heading: 'Ничего не нашлось',
    noCombination: 'Нет партнёров, которые подходят под все выбранные фильтры сразу.',
    noTextMatch: (query) =>
      `Мы искали «${query}» в названиях, городах, услугах, регионах, отраслях, языках и описаниях партнёров, но ничего не нашли.`,
    filteredOut: (count, query) =>
      `По запросу «${query}» ${
        count === 1
          ? 'нашёлся 1 партнёр, но он не подходит'
          : forms(count, {
              one: 'нашёлся # партнёр, но ни один из них не подходит',
              few: 'нашлось # партнёра, но ни один из них не подходит',
              many: 'нашлось # партнёров, но ни один из них не подходит',
              other: 'нашлось # партнёра, но ни один из них не подходит',
            })
      } под выбранные фильтры.`,
    tryRemoving: 'Попробуйте убрать фильтр:',
    removeFilter: (facet, value) => `Убрать «${facet}: ${value}»`,
    clearQuery: 'Очистить строку поиска',
    nothingWithin: (km, place) =>
      place
        ? `В радиусе ${distance(km)} от г. ${place} партнёров нет.`
        : `В радиусе ${distance(km)} от вас партнёров нет.`,
    nearest: (km, name, city) => `Ближайший — «${name}»${city ? `, г. ${city}` : ''}, в ${distance(km)}.`,
    anyDistance: 'Искать на любом расстоянии',
    askTeam: 'Расскажите, что вам нужно, и партнёрский отдел подберёт партнёров',
  },
  partial: (searched, of, failed) => {
    const among = `среди первых ${number.format(searched)} ${forms(of, {
      one: 'из # партнёра',
      few: 'из # партнёров',
      many: 'из # партнёров',
      other: 'из # партнёра',
    })}`;
    return failed
      ? `Это результаты ${among}: остальных загрузить не удалось. Обновите страницу, чтобы искать по всем.`
      : `Пока это результаты ${among}, остальные загружаются.`;
  },
  showMore: (next, hidden) =>
    next < hidden
      ? `Показать ещё ${number.format(next)} из ${number.format(hidden)}`
      : `Показать ещё ${number.format(next)}`,

  listing: {
    filterHeading: 'Подобрать партнёра',
    list: 'Партнёры',
    pages: 'Страницы',
    previous: '← Назад',
    next: 'Дальше →',
    pageOf: (current, last) => `Страница ${number.format(current)} из ${number.format(last)}`,
  },
  cardServices: 'Услуги: ',

  allPages: {
    title: (current, last) => `Найти партнёра, страница ${number.format(current)} из ${number.format(last)}`,
    description: (vendor) =>
      `Все партнёры ${vendor}: сначала самые полные, недавно проверенные и высоко оценённые профили.`,
    lead: (current, last) =>
      `Все партнёры, страница ${number.format(current)} из ${number.format(last)}: сначала самые полные, недавно проверенные и высоко оценённые профили.`,
    searchLink: 'Перейти к поиску и фильтрам',
  },
  facetPage: {
    title: (facet, value) => `${facet}: ${value}`,
    documentTitle: (title, page) => `${title}${page > 1 ? `, страница ${number.format(page)}` : ''} · Партнёры`,
    description: (count, vendor, facet, value) => `${found(count)} ${vendor} по фильтру «${facet}: ${value}».`,
    lead: (count) => `${found(count)}.`,
    leadFirst: (count, shown) => `${found(count)}. Здесь первые ${number.format(shown)}, поиск покажет всех.`,
    searchLink: 'Искать среди этих партнёров и добавить фильтры',
  },
};
