import { describe, expect, it } from 'vitest';
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
    [0, 'Customer lifetime'],
    [1, '1 month'],
    [6, '6 months'],
    [12, '1 year'],
    [24, '2 years'],
    [18, '18 months'],
  ])('%i months reads "%s"', (months, text) => {
    expect(commissionDuration(months)).toBe(text);
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
    const rows = benefitRows([tier({})], format, ['Suite']);
    expect(rows.some((r) => r.label.startsWith('Monthly referral commission'))).toBe(false);
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
