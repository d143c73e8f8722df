import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEarnings, TooLargeError, type Scenario } from './earnings.ts';
import { roundMinor } from './money.ts';

const RUB = 100; // minor units per ruble

const scenario = (overrides: Partial<Scenario> = {}): Scenario => ({
  model: 'referral',
  tier: { referralCommission: 20, commissionMonths: 24, resaleDiscount: 20 },
  seatPriceMinor: 250 * RUB,
  seatsPerClient: 10,
  newClientsPerMonth: 2,
  monthlyChurn: 0,
  months: 12,
  serviceFeeMinor: 0,
  ...overrides,
});

describe('computeEarnings: the worked examples', () => {
  it('referral, 20 % for 24 months, 250 ₽ × 10 seats, 2 clients a month, no churn, 12 months', () => {
    const result = computeEarnings(scenario());
    expect(result.rows[0]?.earnings).toBe(1_000 * RUB);
    expect(result.rows[11]?.earnings).toBe(12_000 * RUB);
    expect(result.totalEarnings).toBe(78_000 * RUB);
    expect(result.lastMonthEarnings).toBe(12_000 * RUB);
    // 24 months of commission per client, 2 clients a month: 48 earning clients × 500 ₽.
    expect(result.plateau).toBe(24_000 * RUB);
  });

  it('resale, 25 % discount, 100 ₽ × 20 seats, 1 client a month, 2 % churn, 3 months', () => {
    const result = computeEarnings(
      scenario({
        model: 'resale',
        tier: { referralCommission: 0, commissionMonths: 0, resaleDiscount: 25 },
        seatPriceMinor: 100 * RUB,
        seatsPerClient: 20,
        newClientsPerMonth: 1,
        monthlyChurn: 2,
        months: 3,
      }),
    );
    expect(result.rows.map((row) => row.earnings)).toEqual([50_000, 99_000, 147_020]);
    expect(result.totalEarnings).toBe(296_020);
    expect(result.rows[2]?.activeClients).toBeCloseTo(2.9404, 10);
    // 1 client a month staying 1/0.02 = 50 months on average: 50 × 2,000 ₽ × 25 %.
    expect(result.plateau).toBe(25_000 * RUB);
  });
});

describe('computeEarnings: rules', () => {
  it.each<[string, Partial<Scenario>, number | null]>([
    [
      'lifetime commission without churn grows without limit',
      { tier: { referralCommission: 20, commissionMonths: 0, resaleDiscount: 0 } },
      null,
    ],
    ['resale without churn grows without limit', { model: 'resale' }, null],
    ['all clients leaving after a month earn one month each', { monthlyChurn: 100 }, 1_000 * RUB],
    ['no new clients earn nothing', { newClientsPerMonth: 0 }, 0],
    [
      'service fees alone plateau at the fees',
      { newClientsPerMonth: 3, seatPriceMinor: 0, serviceFeeMinor: 5_000 * RUB },
      15_000 * RUB,
    ],
  ])('%s', (_case, overrides, expected) => {
    expect(computeEarnings(scenario(overrides)).plateau).toBe(expected);
  });

  it('stops the commission of each client after the commission months', () => {
    const rows = computeEarnings(
      scenario({ tier: { referralCommission: 10, commissionMonths: 2, resaleDiscount: 0 }, months: 4 }),
    ).rows;
    // Two cohorts earn at once from month 2 on: 2 clients × 2 cohorts × 2,500 ₽ × 10 %.
    expect(rows.map((row) => row.earnings)).toEqual([500 * RUB, 1_000 * RUB, 1_000 * RUB, 1_000 * RUB]);
  });

  it('adds the one-time fee for each new client in every month', () => {
    const rows = computeEarnings(scenario({ serviceFeeMinor: 3_000 * RUB, months: 2 })).rows;
    expect(rows.map((row) => row.earnings)).toEqual([(1_000 + 6_000) * RUB, (2_000 + 6_000) * RUB]);
  });

  it('keeps the cumulative figure the sum of the rounded months', () => {
    const { rows, totalEarnings } = computeEarnings(scenario({ monthlyChurn: 3.7, seatPriceMinor: 9_999, months: 60 }));
    let sum = 0;
    for (const row of rows) {
      sum += row.earnings;
      expect(row.cumulative).toBe(sum);
      expect(Number.isInteger(row.earnings)).toBe(true);
    }
    expect(totalEarnings).toBe(sum);
  });

  it.each<[string, Partial<Scenario>]>([
    ['no seats', { seatsPerClient: 0 }],
    ['fractional seats', { seatsPerClient: 1.5 }],
    ['too many clients', { newClientsPerMonth: 1_001 }],
    ['a horizon over 60 months', { months: 61 }],
    ['negative churn', { monthlyChurn: -1 }],
    ['NaN churn', { monthlyChurn: Number.NaN }],
    ['a commission over 100 %', { tier: { referralCommission: 101, commissionMonths: 0, resaleDiscount: 0 } }],
    ['a fractional price', { seatPriceMinor: 0.5 }],
  ])('refuses %s', (_case, overrides) => {
    expect(() => computeEarnings(scenario(overrides))).toThrow(RangeError);
  });
});

describe('roundMinor', () => {
  it.each([
    [0.5, 1],
    [1.5, 2],
    [2.4999, 2],
    [147_019.999_999_999_97, 147_020],
    [0, 0],
  ])('%d → %i', (value, expected) => {
    expect(roundMinor(value)).toBe(expected);
  });
});

describe('computeEarnings: properties', () => {
  const scenarioArb = fc.record({
    model: fc.constantFrom('referral' as const, 'resale' as const),
    tier: fc.record({
      referralCommission: fc.integer({ min: 0, max: 10_000 }).map((v) => v / 100),
      commissionMonths: fc.integer({ min: 0, max: 60 }),
      resaleDiscount: fc.integer({ min: 0, max: 10_000 }).map((v) => v / 100),
    }),
    seatPriceMinor: fc.integer({ min: 0, max: 10_000_00 }),
    seatsPerClient: fc.integer({ min: 1, max: 10_000 }),
    newClientsPerMonth: fc.integer({ min: 0, max: 1_000 }),
    monthlyChurn: fc.integer({ min: 0, max: 10_000 }).map((v) => v / 100),
    months: fc.integer({ min: 1, max: 60 }),
    serviceFeeMinor: fc.integer({ min: 0, max: 1_000_000_00 }),
  });
  const total = (s: Scenario) => computeEarnings(s).totalEarnings;
  // Realistic sizes (up to 200 clients a month of up to 500 seats) never overflow, so the other properties use them.
  const realisticArb = scenarioArb.map((s) => ({
    ...s,
    newClientsPerMonth: s.newClientsPerMonth % 200,
    seatsPerClient: 1 + (s.seatsPerClient % 500),
  }));

  it('overflows only beyond realistic sizes, and then says so', () => {
    const huge = {
      model: 'resale' as const,
      tier: { referralCommission: 0, commissionMonths: 0, resaleDiscount: 50 },
      seatPriceMinor: 10_000_000_00,
      seatsPerClient: 10_000,
      newClientsPerMonth: 1_000,
      monthlyChurn: 0,
      months: 60,
      serviceFeeMinor: 0,
    };
    expect(() => computeEarnings(huge)).toThrow(TooLargeError);
  });

  it('never earns a negative amount, NaN or an inexact figure: it computes exactly or says the figures are too large', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        let result;
        try {
          result = computeEarnings(s);
        } catch (error) {
          expect(error).toBeInstanceOf(TooLargeError);
          return;
        }
        for (const row of result.rows) {
          expect(row.earnings).toBeGreaterThanOrEqual(0);
          expect(Number.isSafeInteger(row.earnings)).toBe(true);
          expect(Number.isFinite(row.activeClients)).toBe(true);
        }
        expect(Number.isSafeInteger(result.totalEarnings)).toBe(true);
        if (result.plateau !== null) expect(Number.isSafeInteger(result.plateau)).toBe(true);
      }),
    );
  });

  it('does not earn less when clients, seats, price or the rate grow', () => {
    fc.assert(
      fc.property(realisticArb, fc.integer({ min: 0, max: 50 }), (s, step) => {
        const base = total(s);
        expect(
          total({ ...s, newClientsPerMonth: Math.min(1_000, s.newClientsPerMonth + step) }),
        ).toBeGreaterThanOrEqual(base);
        expect(total({ ...s, seatsPerClient: Math.min(10_000, s.seatsPerClient + step) })).toBeGreaterThanOrEqual(base);
        expect(total({ ...s, seatPriceMinor: s.seatPriceMinor + step })).toBeGreaterThanOrEqual(base);
        const richer = {
          ...s.tier,
          referralCommission: Math.min(100, s.tier.referralCommission + step),
          resaleDiscount: Math.min(100, s.tier.resaleDiscount + step),
        };
        expect(total({ ...s, tier: richer })).toBeGreaterThanOrEqual(base);
      }),
    );
  });

  it('earns nothing without new clients and without a fee', () => {
    fc.assert(
      fc.property(realisticArb, (s) => {
        expect(total({ ...s, newClientsPerMonth: 0 })).toBe(0);
        expect(
          computeEarnings({ ...s, newClientsPerMonth: 0, serviceFeeMinor: 0 }).rows.every((r) => r.earnings === 0),
        ).toBe(true);
      }),
    );
  });

  it('pays lifetime referral exactly like resale at the same rate', () => {
    fc.assert(
      fc.property(realisticArb, (s) => {
        const rate = s.tier.referralCommission;
        const referral = computeEarnings({ ...s, model: 'referral', tier: { ...s.tier, commissionMonths: 0 } });
        const resale = computeEarnings({ ...s, model: 'resale', tier: { ...s.tier, resaleDiscount: rate } });
        expect(referral.rows).toEqual(resale.rows);
        expect(referral.plateau).toBe(resale.plateau);
      }),
    );
  });
});
