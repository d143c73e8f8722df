import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay } from '../src/lib/dates';
import { isStale, staleCutoff } from '../src/lib/partners';
import { datesBefore } from './dates';

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

describe('the CMS filter of profiles to re-verify', () => {
  it('lists exactly the profiles the site marks as not recently verified', () => {
    const moment = fc.date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2040-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(moment, isoDate, fc.integer({ min: 1, max: 60 }), (today, verified, months) => {
        const filter = new RegExp(datesBefore(isoDay(staleCutoff(today, months))));
        expect(filter.test(verified)).toBe(isStale(new Date(`${verified}T00:00:00Z`), today, months));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['2026-03-15T12:00:00Z', '2025-03-15', false],
    ['2026-03-15T12:00:00Z', '2025-03-14', true],
    ['2028-02-29T00:00:00Z', '2027-02-28', false],
    ['2028-02-29T23:00:00Z', '2027-02-27', true],
  ])('at %s lists a profile verified on %s: %s', (today, verified, listed) => {
    expect(new RegExp(datesBefore(isoDay(staleCutoff(new Date(today), 12)))).test(verified)).toBe(listed);
  });
});
