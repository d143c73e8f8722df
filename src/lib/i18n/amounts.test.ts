import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountsIn, differentAmounts } from './amounts';
import { LOCALE_SETTINGS, LOCALES } from './locales';

describe('amounts in translated text', () => {
  it.each([
    ['en', '25 paying clients, or 300,000 ₽ monthly recurring revenue', [25, 300000]],
    ['ru', '25 платящих клиентов или 300 000 ₽ регулярной выручки в месяц', [25, 300000]],
    ['ru', 'не ниже 4,5', [4.5]],
    ['en', 'Average rating of 4.5 or higher', [4.5]],
    ['ru', 'До 3 % выручки, 1\u00a0250\u00a0000 ₽', [3, 1250000]],
    ['en', 'in 2, 3 or 5 days', [2, 3, 5]],
    ['en', 'No numbers at all', []],
  ] as const)('%s: %s', (locale, text, amounts) => {
    expect(amountsIn(text, locale)).toEqual(amounts);
  });

  it('reads an amount written the other way as a different number', () => {
    // "300,000" on a Russian page is three hundred; "300 000" on an English one is two numbers.
    expect(differentAmounts('300,000 ₽', 'en', '300,000 ₽', 'ru')).toEqual({ missing: [300000], extra: [300] });
    expect(differentAmounts('300 000 ₽', 'ru', '300 000 ₽', 'en')).toEqual({ missing: [300000], extra: [300, 0] });
    expect(differentAmounts('4.5 or higher', 'en', 'не ниже 4.5', 'ru')).toEqual({ missing: [4.5], extra: [4, 5] });
  });

  it('finds a changed amount and accepts a reworded sentence with the same ones', () => {
    expect(differentAmounts('Gold needs 300,000 ₽', 'en', 'Для Gold нужно 30 000 ₽', 'ru')).toEqual({
      missing: [300000],
      extra: [30000],
    });
    expect(differentAmounts('25 clients or 300,000 ₽', 'en', '300 000 ₽ или 25 клиентов', 'ru')).toEqual({
      missing: [],
      extra: [],
    });
  });

  it('reads back every number Intl writes, in every language', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 2 }),
        (locale, whole, digits) => {
          const amount = whole / 10 ** digits;
          const written = new Intl.NumberFormat(LOCALE_SETTINGS[locale].intl, {
            maximumFractionDigits: digits,
          }).format(amount);
          expect(amountsIn(`about ${written} ₽`, locale)).toEqual([amount]);
        },
      ),
    );
  });
});
