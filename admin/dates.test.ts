import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datesBefore, twelveMonthsBefore } from './dates';

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('datesBefore', () => {
  it('matches exactly the dates before the cutoff', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (cutoff, date) => {
        expect(new RegExp(datesBefore(cutoff)).test(date)).toBe(date < cutoff);
      }),
      { numRuns: 2000 },
    );
  });

  it('handles the edges of months and years', () => {
    const pattern = new RegExp(datesBefore('2025-11-27'));
    expect(
      ['2025-11-26', '2025-10-31', '2024-12-31', '1999-01-01', '2025-11-26T10:00:00Z'].map((d) => pattern.test(d)),
    ).toEqual([true, true, true, true, true]);
    expect(['2025-11-27', '2025-11-28', '2025-12-01', '2026-01-01', 'not a date'].map((d) => pattern.test(d))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('rejects a cutoff that is not a date', () => {
    expect(() => datesBefore('27.11.2025')).toThrow('YYYY-MM-DD');
  });
});

describe('twelveMonthsBefore', () => {
  it('goes back one calendar year', () => {
    expect(twelveMonthsBefore(new Date('2026-11-27T12:00:00Z'))).toBe('2025-11-27');
    expect(twelveMonthsBefore(new Date('2028-02-29T00:00:00Z'))).toBe('2027-02-28');
  });
});
