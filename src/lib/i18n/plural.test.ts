import { describe, expect, it } from 'vitest';
import { plural } from './plural.ts';

const partnersRu = (count: number) =>
  plural('ru-RU')(count, { one: '# партнёр', few: '# партнёра', many: '# партнёров', other: '# партнёра' });
const partnersEn = (count: number) => plural('en-GB')(count, { one: '# partner', other: '# partners' });

describe('plural', () => {
  it.each([
    [0, '0 партнёров'],
    [1, '1 партнёр'],
    [2, '2 партнёра'],
    [4, '4 партнёра'],
    [5, '5 партнёров'],
    [11, '11 партнёров'],
    [12, '12 партнёров'],
    [21, '21 партнёр'],
    [22, '22 партнёра'],
    [25, '25 партнёров'],
    [101, '101 партнёр'],
    [111, '111 партнёров'],
    [10000, '10 000 партнёров'],
    [1.5, '1,5 партнёра'],
  ])('%d in Russian', (count, text) => {
    expect(partnersRu(count).replace(/\u00a0/g, ' ')).toBe(text);
  });

  it.each([
    [0, '0 partners'],
    [1, '1 partner'],
    [2, '2 partners'],
    [10000, '10,000 partners'],
  ])('%d in English', (count, text) => {
    expect(partnersEn(count)).toBe(text);
  });

  it('falls back to "other" for a form the language has but the message leaves out', () => {
    expect(plural('ru-RU')(3, { one: '# отзыв', other: '# отзыва' })).toBe('3 отзыва');
  });
});
