import { describe, expect, it } from 'vitest';
import { catalogue } from './i18n/catalogue.ts';
import {
  benefitRows,
  commissionDuration,
  commissionOn,
  nextTierGains,
  requirementRows,
  tierColumn,
  type TierTerms,
} from './tiers.ts';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const en = { ...catalogue('en').tiers, ...catalogue('en').commission };
const ru = { ...catalogue('ru').tiers, ...catalogue('ru').commission };

const tier = (overrides: Partial<TierTerms>): TierTerms => ({
  name: 'Tier',
  order: 1,
  summary: 'A tier',
  badgeColour: '#000000',
  requirements: [],
  resaleDiscount: 10,
  referralCommission: 10,
  commissionMonths: 12,
  marketDevelopmentFunds: 'None',
  supportSla: '2 days',
  leadSharing: false,
  internalLicences: { seats: 5, plan: { id: 'suite' } },
  ...overrides,
});

describe('commissionDuration', () => {
  it.each([
    [0, 'Customer lifetime', 'for customer lifetime'],
    [1, '1 month', 'for 1 month'],
    [6, '6 months', 'for 6 months'],
    [12, '1 year', 'for 1 year'],
    [24, '2 years', 'for 2 years'],
    [18, '18 months', 'for 18 months'],
  ])('%i months reads "%s", in a sentence "%s"', (months, alone, inSentence) => {
    expect(commissionDuration(months, en.duration)).toBe(alone);
    expect(commissionDuration(months, en.period)).toBe(inSentence);
  });

  it.each([
    [0, 'Весь срок жизни клиента', 'на весь срок жизни клиента'],
    [1, '1 месяц', 'в течение 1 месяца'],
    [2, '2 месяца', 'в течение 2 месяцев'],
    [6, '6 месяцев', 'в течение 6 месяцев'],
    [12, '1 год', 'в течение 1 года'],
    [18, '18 месяцев', 'в течение 18 месяцев'],
    [21, '21 месяц', 'в течение 21 месяца'],
    [24, '2 года', 'в течение 2 лет'],
    [60, '5 лет', 'в течение 5 лет'],
    [252, '21 год', 'в течение 21 года'],
  ])('%i months in Russian reads «%s», in a sentence «%s»', (months, alone, inSentence) => {
    expect(commissionDuration(months, ru.duration)).toBe(alone);
    expect(commissionDuration(months, ru.period)).toBe(inSentence);
  });
});

describe('requirementRows', () => {
  it('aligns requirements by label and marks the ones a tier does not list', () => {
    const rows = requirementRows([
      tier({ requirements: [{ label: 'Training', value: 'Sales course' }] }),
      tier({
        requirements: [
          { label: 'Certified staff', value: '1 person' },
          { label: 'Training', value: 'Two courses' },
        ],
      }),
    ]);
    expect(rows).toEqual([
      { label: 'Training', cells: ['Sales course', 'Two courses'] },
      { label: 'Certified staff', cells: ['—', '1 person'] },
    ]);
  });
});

describe('commissionOn', () => {
  it.each([
    [250_000, 20, 50_000],
    [10_000, 12.5, 1250],
    [333, 15, 50], // 49.95 rounds half-up to 50
    [0, 25, 0],
  ])('%i minor units at %d%% is %i', (bill, percent, expected) => {
    expect(commissionOn(bill, percent)).toBe(expected);
  });
});

describe('benefitRows', () => {
  const format = { currency: 'RUB', locale: 'ru-RU' };

  it('reads every figure from the tiers and formats it for the locale', () => {
    const rows = benefitRows(
      [tier({ referralCommission: 20, commissionMonths: 24, leadSharing: true }), tier({ commissionMonths: 0 })],
      format,
      en,
      ['Suite', 'Suite'],
      { seatPriceMinor: 25_000, seats: 10, planName: 'Suite', seatUnit: 'user' },
    );
    const row = (label: string) => rows.find((r) => r.label.startsWith(label))?.cells.map(plain);
    expect(row('Referral commission')).toEqual(['20 %', '10 %']);
    expect(row('Commission paid for')).toEqual(['2 years', 'Customer lifetime']);
    expect(row('Monthly referral commission on one 10-user Suite client')).toEqual(['500 ₽', '250 ₽']);
    expect(row('Leads')).toEqual(['Yes', 'No']);
    expect(row('Free licences')).toEqual(['5 × Suite', '5 × Suite']);
  });

  it('leaves the example row out when there is no plan to base it on', () => {
    const rows = benefitRows([tier({})], format, en, ['Suite']);
    expect(rows.some((r) => r.label.startsWith('Monthly referral commission'))).toBe(false);
  });

  it('labels the rows in the language it is given, the figures unchanged', () => {
    const tiers = [
      tier({ referralCommission: 20, commissionMonths: 24, leadSharing: true }),
      tier({ commissionMonths: 0 }),
    ];
    const example = { seatPriceMinor: 25_000, seats: 10, planName: 'Polynya Suite', seatUnit: 'пользователь' };
    const rows = benefitRows(tiers, format, ru, ['Polynya Suite', 'Polynya Suite'], example);
    const english = benefitRows(tiers, format, en, ['Polynya Suite', 'Polynya Suite'], example);
    const row = (label: string) => rows.find((r) => r.label === label)?.cells.map(plain);
    expect(row('Вознаграждение за привлечение')).toEqual(['20 %', '10 %']);
    expect(row('Срок выплаты вознаграждения')).toEqual(['2 года', 'Весь срок жизни клиента']);
    expect(row('Вознаграждение в месяц с одного клиента на Polynya Suite (10 лицензий)')).toEqual(['500 ₽', '250 ₽']);
    expect(row('Заявки из каталога партнёров')).toEqual(['Да', 'Нет']);
    expect(rows.map((r) => r.cells.length)).toEqual(english.map((r) => r.cells.length));
    expect(rows[0]?.cells).toEqual(english[0]?.cells);
  });
});

describe('a tier’s column and what the next tier adds', () => {
  const rows = [
    { label: 'Resale discount', cells: ['10 %', '15 %', '15 %'] },
    { label: 'Support', cells: ['2 days', '1 day', '4 hours'] },
  ];

  it('reads one tier’s values', () => {
    expect(tierColumn(rows, 1)).toEqual([
      { label: 'Resale discount', value: '15 %' },
      { label: 'Support', value: '1 day' },
    ]);
    expect(tierColumn(rows, 5).map((row) => row.value)).toEqual(['—', '—']);
  });

  it('lists only the rows the next tier changes, with its values', () => {
    expect(nextTierGains(rows, 0)).toEqual([
      { label: 'Resale discount', value: '15 %' },
      { label: 'Support', value: '1 day' },
    ]);
    expect(nextTierGains(rows, 1)).toEqual([{ label: 'Support', value: '4 hours' }]);
    expect(nextTierGains(rows, 2)).toEqual([]);
  });
});
