import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from './i18n/catalogue.ts';
import {
  toCalculatorPlan,
  toCalculatorTier,
  compareAtEveryTier,
  defaultState,
  evaluate,
  numberRules,
  parseCalculatorState,
  parseNumber,
  serializeCalculatorState,
  type CalculatorPlan,
  type CalculatorTier,
} from './calculator.ts';

const tiers: CalculatorTier[] = [
  { id: 'registered', name: 'Registered', referralCommission: 10, commissionMonths: 12, resaleDiscount: 10 },
  { id: 'silver', name: 'Silver', referralCommission: 15, commissionMonths: 24, resaleDiscount: 15 },
  { id: 'gold', name: 'Gold', referralCommission: 20, commissionMonths: 24, resaleDiscount: 20 },
];
const plans: CalculatorPlan[] = [
  { id: 'mail', name: 'Mail', seatUnit: 'mailbox', priceMinor: 10_000 },
  { id: 'suite', name: 'Suite', seatUnit: 'user', priceMinor: 25_000 },
];
const rules = numberRules('RUB');
const say = catalogue('en').calculator.errors;
const sayRu = catalogue('ru').calculator.errors;

describe('parseNumber', () => {
  it.each([
    ['15', 'seats', 15],
    [' 1 500 ', 'seats', 1_500],
    ['2,5', 'churn', 2.5],
    ['2.25', 'churn', 2.25],
    ['0', 'clients', 0],
    ['', 'fee', 0],
    ['1500.50', 'fee', 1_500.5],
  ] as const)('reads %j as %d for %s', (raw, field, value) => {
    expect(parseNumber(raw, rules[field], say)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'seats', 'Enter a number'],
    ['abc', 'seats', 'Enter a whole number, such as 15'],
    ['1e5', 'seats', 'Enter a whole number, such as 15'],
    ['-3', 'clients', 'Enter a number from 0 to 1,000'],
    ['0', 'seats', 'Enter a number from 1 to 10,000'],
    ['2.5', 'seats', 'Enter a whole number from 1 to 10,000'],
    ['10001', 'seats', 'Enter a number from 1 to 10,000'],
    ['99999999999999999999999', 'clients', 'Enter a number from 0 to 1,000'],
    ['101', 'churn', 'Enter a number from 0 to 100'],
    ['2.555', 'churn', 'Use at most 2 decimals'],
    ['NaN', 'months', 'Enter a whole number, such as 15'],
    ['Infinity', 'churn', 'Enter a number, such as 2.5'],
    ['61', 'months', 'Enter a number from 1 to 60'],
    ['12.345', 'fee', 'Use at most 2 decimals'],
  ] as const)('refuses %j for %s: %s', (raw, field, error) => {
    expect(parseNumber(raw, rules[field], say)).toEqual({ ok: false, error });
  });

  it.each([
    ['', 'seats', 'Введите число'],
    ['abc', 'seats', 'Введите целое число, например 15'],
    ['x', 'churn', 'Введите число, например 2,5'],
    ['-3', 'clients', 'Введите число от 0 до 1 000'],
    ['2,5', 'seats', 'Введите целое число от 1 до 10 000'],
    ['0', 'seats', 'Введите число от 1 до 10 000'],
    ['2,555', 'churn', 'Не больше 2 знаков после запятой'],
    ['12,345', 'fee', 'Не больше 2 знаков после запятой'],
  ] as const)('refuses %j for %s in Russian: %s', (raw, field, error) => {
    const parsed = parseNumber(raw, rules[field], sayRu);
    expect(parsed.ok ? parsed : { ...parsed, error: parsed.error.replace(/[\u00a0\u202f]/g, ' ') }).toEqual({
      ok: false,
      error,
    });
  });

  it('counts decimals in each language’s plural', () => {
    expect(parseNumber('1.55', { min: 0, max: 10, decimals: 1 }, say)).toEqual({
      ok: false,
      error: 'Use at most 1 decimal',
    });
    expect(parseNumber('1,55', { min: 0, max: 10, decimals: 1 }, sayRu)).toEqual({
      ok: false,
      error: 'Не больше 1 знака после запятой',
    });
  });
});

describe('evaluate', () => {
  it('computes the scenario of a valid form from the chosen tier and plan', () => {
    const state = {
      ...defaultState(tiers, plans),
      tier: 'silver',
      plan: 'suite',
      seats: '15',
      clients: '3',
      churn: '0',
      months: '12',
    };
    const evaluation = evaluate(state, tiers, plans, 'RUB', say);
    expect(evaluation.ok).toBe(true);
    if (!evaluation.ok) return;
    // 3 clients × 15 users × 250 ₽ × 15 %: 1,687.50 ₽ in month 1.
    expect(evaluation.result.rows[0]?.earnings).toBe(168_750);
    expect(evaluation.scenario.tier.referralCommission).toBe(15);
  });

  it('names every wrong field at once', () => {
    const evaluation = evaluate({ ...defaultState(tiers, plans), seats: '0', months: 'x' }, tiers, plans, 'RUB', say);
    expect(evaluation).toEqual({
      ok: false,
      errors: { seats: 'Enter a number from 1 to 10,000', months: 'Enter a whole number, such as 15' },
    });
  });

  it('says so when the figures are too large to compute exactly', () => {
    const huge = [{ id: 'x', name: 'X', seatUnit: 'user', priceMinor: 10_000_000_000 }];
    const state = {
      ...defaultState(tiers, huge),
      model: 'resale' as const,
      seats: '10000',
      clients: '1000',
      churn: '0',
      months: '60',
    };
    expect(evaluate(state, tiers, huge, 'RUB', say)).toEqual({ ok: false, errors: {}, tooLarge: true });
  });
});

describe('compareAtEveryTier', () => {
  it('runs the same scenario at every tier, higher tiers earning at least as much', () => {
    const evaluation = evaluate(defaultState(tiers, plans), tiers, plans, 'RUB', say);
    if (!evaluation.ok) throw new Error('default state must be valid');
    const rows = compareAtEveryTier(evaluation.scenario, tiers);
    expect(rows.map((row) => row.tier.id)).toEqual(['registered', 'silver', 'gold']);
    const totals = rows.map((row) => row.result.totalEarnings);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
  });
});

describe('calculator URL state', () => {
  const defaults = defaultState(tiers, plans);

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(
        fc.record({
          model: fc.constantFrom('referral' as const, 'resale' as const),
          tier: fc.constantFrom(...tiers.map((t) => t.id)),
          plan: fc.constantFrom(...plans.map((p) => p.id)),
          seats: fc.integer({ min: 1, max: 10_000 }).map(String),
          clients: fc.integer({ min: 0, max: 1_000 }).map(String),
          churn: fc.integer({ min: 0, max: 100 }).map(String),
          months: fc.integer({ min: 1, max: 60 }).map(String),
          fee: fc.integer({ min: 0, max: 100_000 }).map(String),
        }),
        (state) => {
          expect(parseCalculatorState(serializeCalculatorState(state), defaults, tiers, plans)).toEqual(state);
        },
      ),
    );
  });

  it('falls back to the defaults for unknown tiers, plans and models, and keeps a bad number to show its message', () => {
    const state = parseCalculatorState('?tier=diamond&plan=free&model=franchise&seats=lots', defaults, tiers, plans);
    expect(state.tier).toBe(defaults.tier);
    expect(state.plan).toBe(defaults.plan);
    expect(state.model).toBe('referral');
    expect(state.seats).toBe('lots');
    expect(evaluate(state, tiers, plans, 'RUB', say)).toMatchObject({
      ok: false,
      errors: { seats: 'Enter a whole number, such as 15' },
    });
  });

  it('preselects the tier of the page the calculator sits on', () => {
    expect(defaultState(tiers, plans, 'gold').tier).toBe('gold');
    expect(defaultState(tiers, plans, 'unknown').tier).toBe('registered');
  });
});

describe('calculator payload', () => {
  it('takes a tier’s rates and a plan’s price in minor units of the site currency', () => {
    const tier = toCalculatorTier({
      id: 'gold',
      data: {
        name: 'Gold',
        order: 3,
        summary: 'For established partners.',
        requirements: [{ label: 'Certified staff', value: '3 people' }],
        resaleDiscount: 25,
        referralCommission: 20,
        commissionMonths: 24,
        marketDevelopmentFunds: 'Up to 3% of partner revenue',
        supportSla: '4 business hours',
        leadSharing: true,
        internalLicences: { plan: { collection: 'plans', id: 'suite' }, seats: 10 },
        badgeColour: '#c9962b',
      },
    });
    expect(tier).toEqual({
      id: 'gold',
      name: 'Gold',
      referralCommission: 20,
      commissionMonths: 24,
      resaleDiscount: 25,
    });
    const plan = toCalculatorPlan(
      {
        id: 'suite',
        data: {
          name: 'Suite',
          order: 2,
          pricePerSeat: 249.9,
          seatUnit: 'user',
          description: 'Mail, files and meetings.',
          sellableByPartners: true,
        },
      },
      'RUB',
    );
    expect(plan).toEqual({ id: 'suite', name: 'Suite', seatUnit: 'user', priceMinor: 24_990 });
    expect(
      toCalculatorPlan(
        {
          id: 'x',
          data: {
            ...{ name: 'X', order: 1, seatUnit: 'user', description: 'X.' },
            pricePerSeat: 100,
            sellableByPartners: true,
          },
        },
        'JPY',
      ).priceMinor,
    ).toBe(100);
  });
});

describe('the calculator’s words in Russian', () => {
  const ru = catalogue('ru').calculator;
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

  it.each([
    [1, 'Итого за 1 месяц', ' за 1 месяц.'],
    [3, 'Итого за 3 месяца', ' за 3 месяца.'],
    [12, 'Итого за 12 месяцев', ' за 12 месяцев.'],
    [24, 'Итого за 24 месяца', ' за 24 месяца.'],
    [60, 'Итого за 60 месяцев', ' за 60 месяцев.'],
  ])('counts %i months', (months, total, over) => {
    expect(ru.results.total(months)).toBe(total);
    expect(ru.tiers.next.over(months)).toBe(over);
  });

  it('keeps a plan’s seat unit in the nominative, as a price list does', () => {
    expect(ru.form.planOption({ name: 'Polynya Mail', price: '100 ₽', seatUnit: 'почтовый ящик' })).toBe(
      'Polynya Mail (почтовый ящик — 100 ₽ в месяц)',
    );
    expect(
      ru.results.basis.resale({
        percent: '15 %',
        tier: 'Silver',
        plan: 'Polynya Suite',
        price: '250 ₽',
        seatUnit: 'пользователь',
      }),
    ).toBe('Скидка на перепродажу на уровне Silver — 15 %. Тариф Polynya Suite: пользователь — 250 ₽ в месяц.');
  });

  it.each([
    [1, 1, 'приходит 1 новый клиент (у каждого 1 лицензия Polynya Mail)'],
    [2, 3, 'приходят 2 новых клиента (у каждого 3 лицензии Polynya Mail)'],
    [5, 10, 'приходят 5 новых клиентов (у каждого 10 лицензий Polynya Mail)'],
    [21, 22, 'приходит 21 новый клиент (у каждого 22 лицензии Polynya Mail)'],
  ])('agrees the worked example with %i clients of %i seats', (clients, seats, phrase) => {
    const text = catalogue('ru').calculatorPage.example.scenario({
      tier: 'Gold',
      percent: '20 %',
      period: 'в течение 2 лет',
      clients,
      seats,
      seatUnit: 'почтовый ящик',
      plan: 'Polynya Mail',
      churn: 1.5,
    });
    expect(plain(text)).toContain(phrase);
    expect(plain(text)).toContain('а уходит 1,5 % клиентов.');
  });
});
