import { describe, expect, it } from 'vitest';
import { formatDate, isoDay } from './dates.ts';

describe('formatDate', () => {
  it.each([
    ['ru-RU', '14.09.2026'],
    ['en-GB', '14/09/2026'],
    ['en-US', '09/14/2026'],
  ])('writes a calendar day in %s as %s', (locale, text) => {
    expect(formatDate(new Date('2026-09-14'), locale)).toBe(text);
  });

  it('does not shift a calendar day by the time zone', () => {
    expect(isoDay(new Date('2026-01-01'))).toBe('2026-01-01');
    expect(formatDate(new Date('2026-01-01'), 'ru-RU')).toBe('01.01.2026');
  });
});
