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
  failed: {
    title: 'Заявка не отправлена',
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
    usersInvalid: (max) => `Укажите целое число пользователей от 1 до ${numbers.format(max)}`,
    servicesMissing: 'Выберите хотя бы одну услугу',
    budgetMissing: 'Выберите бюджет или «Пока не знаю»',
    startMissing: 'Выберите, когда хотите начать',
    consentMissing: 'Дайте согласие на связь, чтобы партнёры могли ответить',
  },
};
