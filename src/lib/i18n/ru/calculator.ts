import type { Catalogue } from '../catalogue.ts';
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.ru.intl);
const numbers = new Intl.NumberFormat(LOCALE_SETTINGS.ru.intl, { maximumFractionDigits: 2 });

const overMonths = (count: number) =>
  forms(count, { one: 'за # месяц', few: 'за # месяца', many: 'за # месяцев', other: 'за # месяца' });

// A plan's seat unit («почтовый ящик», «пользователь») is one word in the nominative: it is named
// after the price, as price lists do («пользователь — 250 ₽ в месяц»), and counts of seats speak of licences.
export const calculator: Catalogue['calculator'] = {
  form: {
    model: 'Модель работы',
    models: {
      referral: 'Реферальная модель: мы выставляем счета клиенту, вы получаете вознаграждение',
      resale: 'Перепродажа: вы выставляете счёт клиенту по своей цене',
    },
    tier: 'Уровень',
    plan: 'Тариф',
    planOption: ({ name, price, seatUnit }) => `${name} (${seatUnit} — ${price} в месяц)`,
    fields: {
      seats: 'Лицензий на одного клиента',
      clients: 'Новых клиентов в месяц',
      churn: 'Отток клиентов в месяц, %',
      months: 'Период расчёта, месяцев',
      fee: 'Разовая плата за услуги с одного клиента',
    },
    hints: {
      churn: 'Доля клиентов, которые уходят каждый месяц. Для корпоративной почты обычно 1–2 %.',
      fee: 'Сколько вы берёте с нового клиента за перенос данных и настройку. Если не берёте, оставьте 0.',
    },
  },
  errors: {
    empty: 'Введите число',
    notWholeNumber: 'Введите целое число, например 15',
    notNumber: 'Введите число, например 2,5',
    outOfRange: (min, max) => `Введите число от ${numbers.format(min)} до ${numbers.format(max)}`,
    notWholeInRange: (min, max) => `Введите целое число от ${numbers.format(min)} до ${numbers.format(max)}`,
    tooManyDecimals: (decimals) =>
      forms(decimals, {
        one: 'Не больше # знака после запятой',
        few: 'Не больше # знаков после запятой',
        many: 'Не больше # знаков после запятой',
        other: 'Не больше # знака после запятой',
      }),
  },
  results: {
    heading: 'Сколько вы заработаете',
    tooLarge: 'Такие большие суммы не получится посчитать точно. Уменьшите число лицензий или новых клиентов в месяц.',
    invalid: 'Исправьте выделенные поля, чтобы обновить расчёт.',
    lastValid: 'Ниже — расчёт по последним правильным значениям.',
    lastMonth: (month) => `Доход за ${month}-й месяц`,
    total: (months) =>
      forms(months, {
        one: 'Итого за # месяц',
        few: 'Итого за # месяца',
        many: 'Итого за # месяцев',
        other: 'Итого за # месяца',
      }),
    steady: 'Стабильный доход в месяц',
    growing: 'Растёт, пока клиенты остаются с вами',
    perMonth: (money) => `${money} в месяц`,
    basis: {
      referral: ({ percent, tier, period, plan, price, seatUnit }) =>
        `Вознаграждение за привлечение на уровне ${tier} — ${percent} с каждого оплаченного счёта ${period}. Тариф ${plan}: ${seatUnit} — ${price} в месяц.`,
      resale: ({ percent, tier, plan, price, seatUnit }) =>
        `Скидка на перепродажу на уровне ${tier} — ${percent}. Тариф ${plan}: ${seatUnit} — ${price} в месяц.`,
    },
  },
  tiers: {
    heading: 'Тот же расчёт на каждом уровне',
    label: 'Доход на каждом уровне',
    tier: 'Уровень',
    month: (month) => `${month}-й месяц`,
    total: 'Итого',
    steady: 'Стабильно в месяц',
    growing: 'Продолжает расти',
    next: {
      before: 'На уровне ',
      after: ' с теми же клиентами вы заработаете на ',
      more: (money) => `${money} больше`,
      over: (months) => ` ${overMonths(months)}.`,
    },
  },
  chart: {
    title: 'Доход по месяцам и нарастающим итогом',
    description: ({ first, last, lastMonth, total }) =>
      `Столбцы — доход за каждый месяц: от ${first} в 1-м месяце до ${last} в ${lastMonth}-м. Линия — доход нарастающим итогом: ${total} ${overMonths(lastMonth)}.`,
    monthly: 'Доход за месяц',
    runningTotal: 'Нарастающий итог',
    showTable: 'Показать цифры таблицей',
    hideTable: 'Скрыть таблицу',
    table: 'Доход по месяцам',
    month: 'Месяц',
    payingClients: 'Платящих клиентов',
    clientsPay: 'Платежи клиентов',
    youEarn: 'Ваш доход',
  },
};
