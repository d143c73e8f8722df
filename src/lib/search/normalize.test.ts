import { describe, expect, it } from 'vitest';
import { normalize, tokenize } from './normalize.ts';

describe('normalize', () => {
  it.each([
    ['Novosibirsk', 'novosibirsk'],
    ['Ёлка', 'елка'],
    ['Café Crème', 'cafe creme'],
    ['ÅLESUND', 'alesund'],
    ['Нижний Новгород', 'нижний новгород'],
    ['Ўзбекистон', 'ўзбекистон'],
  ])('folds %s to %s', (input, output) => {
    expect(normalize(input)).toBe(output);
  });
});

describe('tokenize', () => {
  it.each([
    ['Rostov-on-Don', ['rostov', 'on', 'don']],
    ['  Mail migration, security & 24/7 support ', ['mail', 'migration', 'security', '24', '7', 'support']],
    ['Сибирь ИТ', ['сибирь', 'ит']],
    ['', []],
    ['—!?', []],
  ])('splits %j', (input, words) => {
    expect(tokenize(input)).toEqual(words);
  });
});
