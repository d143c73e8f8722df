import type { Catalogue } from '../catalogue.ts';
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.ru.intl);
const numbers = new Intl.NumberFormat(LOCALE_SETTINGS.ru.intl);

export const lead: Catalogue['lead'] = {
  open: 'Запросить предложение',
  openFromPartner: (partner) => `Запросить предложение у компании ${partner}`,
  matchTitle: 'Расскажите, что вам нужно, и мы подберём партнёров',
  matchLead: 'Партнёрский отдел читает каждую заявку и передаёт её не более чем трём подходящим партнёрам.',
  to: (names) => (names.length === 0 ? 'Партнёрскому отделу: мы подберём партнёров' : `Кому: ${names.join(', ')}`),
  fields: {
    company: 'Компания',
    contactName: 'Ваше имя',
    email: 'Эл. почта',
    phone: 'Телефон',
    users: 'Число пользователей',
    usersHint: 'Сколько сотрудников будут работать в Polynya',
    services: 'Какие услуги нужны',
    budget: 'Бюджет',
    choose: 'Выберите…',
    start: 'Когда хотите начать?',
    message: 'Что нужно сделать?',
    messageHint: 'На чём сейчас работают почта и документы, сроки и всё, что партнёру важно знать.',
    optional: ' (необязательно)',
    honeypot: 'Факс (не заполняйте)',
    consent: (names) => `Даю согласие, чтобы ${names} связались со мной по этой заявке.`,
    consentTeam: 'Даю согласие, чтобы партнёрский отдел и предложенные им партнёры связались со мной по этой заявке.',
  },
  start: {
    now: 'Как можно скорее',
    month: 'В течение месяца',
    quarter: 'В течение трёх месяцев',
    later: 'Позже в этом году',
  },
  budget: {
    upTo: (amount) => `До ${amount}`,
    between: (from, to) => `От ${from} до ${to}`,
    over: (amount) => `Более ${amount}`,
    unsure: 'Пока не знаю',
  },
  fromSearch: (search) => `Вместе с заявкой мы передадим ваш поиск: ${search}`,
  send: 'Отправить заявку',
  sending: 'Отправляем…',
  fixFields: (count) =>
    forms(count, {
      one: 'Исправьте # поле, отмеченное ниже.',
      few: 'Исправьте # поля, отмеченные ниже.',
      many: 'Исправьте # полей, отмеченных ниже.',
      other: 'Исправьте # поля, отмеченные ниже.',
    }),
  failed: {
    title: 'Заявка не отправлена',
    serverAnswered: (status) => `сервер ответил ${status}`,
    connectionFailed: 'не удалось соединиться',
    keep: (reason) =>
      `: ${reason}. Всё, что вы ввели, сохранено: попробуйте ещё раз чуть позже или отправьте заявку письмом на `,
    end: '.',
  },
  done: {
    title: (name) => (name ? `Спасибо, ${name}` : 'Спасибо'),
    sentTo: (names) =>
      names.length === 0
        ? 'Заявка получена партнёрским отделом.'
        : `Заявку получили ${names.join(', ')} и партнёрский отдел.`,
    next: (days, email) =>
      `Ответ придёт на ${email || 'вашу почту'} в течение ${forms(days, { one: '# рабочего дня', few: '# рабочих дней', many: '# рабочих дней', other: '# рабочего дня' })}. Если никто не напишет за это время, ответьте на письмо-подтверждение, и партнёрский отдел во всём разберётся.`,
  },
  errors: {
    companyMissing: 'Укажите название компании',
    contactNameMissing: 'Укажите ваше имя',
    emailMissing: 'Укажите адрес эл. почты',
    emailInvalid: 'Укажите адрес вида name@company.ru',
    phoneInvalid: 'Укажите телефон в формате +7 495 123-45-67',
    usersInvalid: (max) => `Укажите целое число пользователей от 1 до ${numbers.format(max)}`,
    servicesMissing: 'Выберите хотя бы одну услугу',
    budgetMissing: 'Выберите бюджет или «Пока не знаю»',
    startMissing: 'Выберите, когда хотите начать',
    tooLong: (max) =>
      forms(max, {
        one: 'Не более # символа',
        few: 'Не более # символов',
        many: 'Не более # символов',
        other: 'Не более # символа',
      }),
    consentMissing: 'Дайте согласие на связь, чтобы партнёры могли ответить',
  },
};
