import type { Catalogue } from '../catalogue.ts';
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.ru.intl);

export const home: Catalogue['home'] = {
  eyebrow: (vendor) => `Партнёрская программа ${vendor}`,
  apply: 'Подать заявку на партнёрство',
  compareTiers: 'Сравнить уровни',
  why: (vendor) => `Почему стоит стать партнёром ${vendor}`,
  types: {
    heading: 'Форматы партнёрства',
    intro:
      'Выберите формат, который подходит к тому, как вы уже работаете с клиентами. Многие партнёры совмещают два формата.',
  },
  tiers: {
    heading: (count) =>
      forms(count, {
        one: '# уровень партнёрства',
        few: '# уровня партнёрства',
        many: '# уровней партнёрства',
        other: '# уровня партнёрства',
      }),
    intro: (entryTier) =>
      `Все партнёры начинают с уровня ${entryTier}. Сертифицируйте сотрудников и расширяйте клиентскую базу, чтобы зарабатывать больше с каждого счёта.`,
    referralCommission: 'вознаграждение за привлечение',
    resaleDiscount: 'скидка на перепродажу',
    link: (tier) => `Уровень ${tier}: требования`,
    linkHidden: ' и преимущества',
    comparison: 'Полное сравнение уровней',
  },
  next: {
    heading: 'Готовы начать?',
    text: 'Расскажите о своей компании и клиентах, с которыми работаете. Ищете партнёра для своего бизнеса? Познакомим вас с партнёром в вашем регионе.',
    apply: 'Подать заявку',
    findPartner: 'Найти партнёра',
  },
};
