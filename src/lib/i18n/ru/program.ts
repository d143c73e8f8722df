import type { Catalogue } from '../catalogue.ts';

export const program: Catalogue['program'] = {
  overview: {
    types: 'Типы партнёрства',
    next: {
      before: 'Что дальше: ',
      tiers: 'сравните уровни',
      between: ' или прочитайте ',
      terms: 'условия программы',
      after: '.',
    },
  },
  terms: {
    rates: 'Ставки по уровням',
    caption: 'Скидки и вознаграждение по уровням',
  },
  partnerTypes: {
    cardHowYouEarn: 'Как вы зарабатываете:',
    eyebrow: 'Тип партнёрства',
    fitsWho: 'Кому подходит',
    howYouEarn: 'Как вы зарабатываете',
    rates: {
      referral: 'Вознаграждение за привлечение по уровням',
      resale: 'Скидка на перепродажу по уровням',
    },
    // «как» takes the partner type's name as it is written, in the nominative.
    estimate: (partnerType) => `Рассчитайте, сколько вы заработаете как ${partnerType.toLowerCase()}`,
    compare: 'Сравнить требования и преимущества всех уровней',
    others: {
      label: 'Другие типы партнёрства',
      heading: 'Другие форматы партнёрства',
    },
  },
};
