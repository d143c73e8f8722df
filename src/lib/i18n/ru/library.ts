import type { Catalogue } from '../catalogue.ts';
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.ru.intl);

export const library: Catalogue['library'] = {
  title: 'Библиотека материалов',
  description: (vendor) =>
    `Сценарии продаж, обучение, руководства по сертификации, маркетинговые наборы, кейсы и прайс-листы для партнёров ${vendor}.`,
  lead: (vendor) =>
    `Всё, что нужно для продажи, внедрения и сопровождения ${vendor}: сценарии продаж, обучение, сертификация, маркетинговые наборы, кейсы и прайс-листы. Сначала новые.`,
  feed: {
    title: (siteName) => `${siteName}: библиотека материалов`,
    description:
      'Новые и обновлённые сценарии продаж, обучение, руководства по сертификации, маркетинговые наборы и прайс-листы для партнёров.',
    linkTitle: 'Новое в библиотеке материалов для партнёров',
    follow: 'Подписаться на новые материалы (RSS)',
  },
  types: {
    'sales-playbook': 'Сценарий продаж',
    'product-training': 'Обучение по продукту',
    'certification-guide': 'Руководство по сертификации',
    'marketing-kit': 'Маркетинговый набор',
    'case-study': 'Кейс',
    'price-list': 'Прайс-лист',
    'webinar-recording': 'Запись вебинара',
  },
  facets: {
    type: 'Тип материала',
    topic: 'Тема',
    audience: 'Тип партнёра',
    tier: 'Доступно на уровне',
  },
  sorts: {
    newest: 'Сначала новые',
    title: 'По названию',
  },
  search: {
    label: 'Поиск по материалам',
    placeholder: 'Миграция, вознаграждение, прайс-лист…',
    heading: 'Материалы',
    status: (count, query) =>
      forms(count, { one: '# материал', few: '# материала', many: '# материалов', other: '# материала' }) +
      (query ? ` по запросу «${query}»` : ''),
    noMatch: 'По этому запросу материалов не нашлось.',
    showAll: 'Показать все материалы',
  },
  access: {
    public: 'Открытый доступ',
    fromTier: (tier) => `${tier} и выше`,
  },
  card: {
    topics: 'Темы: ',
  },
  listing: {
    filters: 'Фильтры',
    results: 'Материалы',
  },
  filtered: {
    title: (facet, value) => `${facet}: ${value}`,
    pageTitle: (title) => `${title} · Библиотека материалов`,
    description: (count, value) =>
      `${value}: ${forms(count, {
        one: '# материал для партнёров',
        few: '# материала для партнёров',
        many: '# материалов для партнёров',
        other: '# материала для партнёров',
      })}.`,
    eyebrow: 'Библиотека материалов',
    lead: (count) =>
      forms(count, {
        one: '# материал, сначала новые.',
        few: '# материала, сначала новые.',
        many: '# материалов, сначала новые.',
        other: '# материала, сначала новые.',
      }),
    searchWithin: 'Искать среди этих материалов и сочетать фильтры',
  },
  resource: {
    published: 'Опубликовано',
    updated: 'обновлено',
    minutes: (minutes) => forms(minutes, { one: '# минута', few: '# минуты', many: '# минут', other: '# минуты' }),
    getIt: 'Скачать или открыть',
    openOn: (host) => `Открыть на сайте ${host}`,
    meantFor: 'Для кого',
    everyPartner: 'Все партнёры (открытый доступ)',
    partnerTypes: 'Типы партнёров',
    allPartnerTypes: 'Все',
    topics: 'Темы',
    related: 'Похожие материалы',
  },
  files: {
    image: (format) => `Изображение ${format}`,
    bytes: (size) => `${size} Б`,
    kilobytes: (size) => `${size} КБ`,
    megabytes: (size) => `${size} МБ`,
  },
};
