import type { Catalogue } from '../catalogue.ts';

export const preview: Catalogue['preview'] = {
  loading: 'Загружаем предпросмотр…',
  inDirectory: 'В каталоге партнёров',
  inLibrary: 'В библиотеке',
  profile: 'Профиль',
  program: 'Партнёрская программа',
  question: 'Вопрос и ответ',
  contact: { website: 'Сайт', email: 'Эл. почта', phone: 'Телефон' },
  thePartner: 'партнёра',
  logo: 'Логотип',
  empty: {
    tier: 'Новый уровень',
    partner: 'Название партнёра',
    resource: 'Название материала',
    page: 'Заголовок страницы',
    review: 'Заголовок отзыва',
    question: 'Вопрос',
    noTier: 'Уровень не выбран',
  },
};
