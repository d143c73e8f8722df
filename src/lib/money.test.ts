import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent, minorUnitDigits, roundMinor, toMinorUnits } from './money.ts';

// Intl separates thousands in ru-RU with a narrow no-break space; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('minorUnitDigits', () => {
  it.each([
    ['RUB', 2],
    ['EUR', 2],
    ['JPY', 0],
    ['KWD', 3],
  ])('%s has %i digits', (currency, digits) => {
    expect(minorUnitDigits(currency)).toBe(digits);
  });
});

describe('toMinorUnits', () => {
  it.each([
    [100, 'RUB', 10_000],
    [249.9, 'RUB', 24_990],
    [0.29, 'EUR', 29],
    [1.1, 'EUR', 110],
    [500, 'JPY', 500],
    [1.234, 'KWD', 1234],
  ])('%d %s is %i minor units', (amount, currency, minor) => {
    expect(toMinorUnits(amount, currency)).toBe(minor);
  });

  it('refuses NaN and infinity', () => {
    expect(() => toMinorUnits(Number.NaN, 'RUB')).toThrow(RangeError);
    expect(() => toMinorUnits(Number.POSITIVE_INFINITY, 'RUB')).toThrow(RangeError);
  });
});

describe('roundMinor', () => {
  it.each([
    [1.5, 2],
    [2.5, 3],
    [2.4999, 2],
    [-1.5, -2],
    [147_020.000_000_1, 147_020],
  ])('%d rounds to %i', (input, expected) => {
    expect(roundMinor(input)).toBe(expected);
  });
});

describe('formatMoney', () => {
  it.each([
    [10_000, 'RUB', 'ru-RU', '100 ₽'],
    [1_000_000, 'RUB', 'ru-RU', '10 000 ₽'],
    [147_020, 'RUB', 'ru-RU', '1 470,20 ₽'],
    [123_456, 'EUR', 'en-GB', '€1,234.56'],
    [500, 'JPY', 'ja-JP', '￥500'],
  ])('%i minor units of %s in %s is %s', (minor, currency, locale, expected) => {
    expect(plain(formatMoney(minor, { currency, locale }))).toBe(expected);
  });

  it('refuses fractional minor units instead of printing garbage', () => {
    expect(() => formatMoney(10.5, { currency: 'RUB', locale: 'ru-RU' })).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, { currency: 'RUB', locale: 'ru-RU' })).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it.each([
    [20, 'en-GB', '20%'],
    [12.5, 'en-GB', '12.5%'],
    [25, 'ru-RU', '25 %'],
  ])('%d in %s is %s', (percent, locale, expected) => {
    expect(plain(formatPercent(percent, locale))).toBe(expected);
  });
});
