import type { Catalogue } from '../catalogue.ts';
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.ru.intl);

export const form: Catalogue['form'] = {
  optional: ' (необязательно)',
  honeypot: 'Факс (оставьте пустым)',
  sending: 'Отправляем…',
  fixFields: (count) =>
    count === 1
      ? 'Исправьте поле, отмеченное ниже.'
      : forms(count, {
          one: 'Исправьте # поле, отмеченное ниже.',
          few: 'Исправьте # поля, отмеченные ниже.',
          many: 'Исправьте # полей, отмеченных ниже.',
          other: 'Исправьте # поля, отмеченные ниже.',
        }),
  failed: {
    serverAnswered: (status) => `сервер вернул ошибку ${status}`,
    connectionFailed: 'не удалось соединиться с сервером',
    keep: (reason) =>
      `: ${reason}. Всё, что вы ввели, сохранилось. Попробуйте отправить ещё раз чуть позже или напишите нам на `,
    end: '.',
  },
  tooLong: (max) =>
    forms(max, {
      one: 'Сократите до # символа',
      few: 'Сократите до # символов',
      many: 'Сократите до # символов',
      other: 'Сократите до # символа',
    }),
  emailMissing: 'Укажите email',
  emailInvalid: 'Укажите email в формате name@company.ru',
  phoneInvalid: 'Укажите телефон в формате +7 495 123-45-67',
};
