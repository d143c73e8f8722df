import type { Catalogue } from '../catalogue.ts';

export const site: Catalogue['site'] = {
  skipLink: 'Перейти к содержанию',
  mainNavigation: 'Основное меню',
  footerNavigation: 'Ссылки в подвале',
  programOf: (vendor) => `Партнёрская программа ${vendor}.`,
  partnerTeam: 'Партнёрский отдел:',
  footerLinks: {
    program: 'О программе',
    tiers: 'Уровни партнёрства',
    calculator: 'Калькулятор дохода',
    partners: 'Найти партнёра',
    resources: 'Библиотека материалов',
    apply: 'Стать партнёром',
    terms: 'Условия программы',
    faq: 'Вопросы и ответы',
    about: (vendor) => `О компании ${vendor}`,
  },
  language: 'Язык',
  untranslated: (inLanguage) => `Этот текст ещё не переведён и показан ${inLanguage}.`,
  inLanguage: { en: 'на английском', ru: 'на русском' },
  notFound: {
    title: 'Страница не найдена',
    description: 'Такой страницы нет.',
    lead: 'Возможно, в адресе опечатка или страница переехала.',
    home: 'На главную',
  },
};
