import type { Catalogue } from '../catalogue.ts';
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.ru.intl);
const stars = (rating: string) => `${rating} из 5`;

export const reviews: Catalogue['reviews'] = {
  heading: 'Отзывы клиентов',
  outOfFive: stars,
  count: (count: number) => forms(count, { one: '# отзыв', few: '# отзыва', many: '# отзывов', other: '# отзыва' }),
  rated: (rating: string, count: number) =>
    `Оценка ${stars(rating)} по ${forms(count, {
      one: '# подтверждённому отзыву',
      few: '# подтверждённым отзывам',
      many: '# подтверждённым отзывам',
      other: '# подтверждённого отзыва',
    })}`,
  none: 'Подтверждённых отзывов пока нет.',
  starsRow: (stars: number) => forms(stars, { one: '# звезда', few: '# звезды', many: '# звёзд', other: '# звезды' }),
  distribution: 'Подтверждённые отзывы по оценкам',
  verified: 'Клиент подтверждён',
  unverified: 'Ещё не подтверждён и не учитывается в оценке',
  unverifiedNote: (count: number) =>
    forms(count, {
      one: 'Ещё # отзыв ждёт проверки: мы уточняем, что автор — клиент партнёра. Он показан, но в оценке не учитывается.',
      few: 'Ещё # отзыва ждут проверки: мы уточняем, что авторы — клиенты партнёра. Они показаны, но в оценке не учитываются.',
      many: 'Ещё # отзывов ждут проверки: мы уточняем, что авторы — клиенты партнёра. Они показаны, но в оценке не учитываются.',
      other:
        'Ещё # отзыва ждут проверки: мы уточняем, что авторы — клиенты партнёра. Они показаны, но в оценке не учитываются.',
    }),
  reviewer: (name: string, role: string, company: string) => `${name}, ${role}, ${company}`,
  projectEnded: (date: string) => `Проект завершён ${date}`,
  published: (date: string) => `Опубликован ${date}`,
  services: 'Выполненные работы',
  response: (partner: string) => `Ответ компании ${partner}`,
  /** Each threshold of the directory's rating filter. */
  atLeast: (rating: string) => `${rating} и выше`,
};
