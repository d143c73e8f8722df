import fc from 'fast-check';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { characterCount } from './counter';

describe('characterCount', () => {
  it.each([
    ['', 10, '0 / 10', false],
    ['Sibirsoft', 10, '9 / 10', false],
    ['Sibirsoft!', 10, '10 / 10', false],
    ['Sibirsoft!!!', 10, '12 / 10: 2 too many', true],
    [undefined, 10, '0 / 10', false],
    [42, 10, '0 / 10', false],
    ['Ёлка', 3, '4 / 3: 1 too many', true],
    ['Облако ☁️🐧', 10, '10 / 10', false],
  ])('%j against %i reads %s', (value, max, text, over) => {
    expect(characterCount(value, max)).toEqual({ text, over });
  });

  it('is over exactly when the build would refuse the value for length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 1, max: 40 }), (value, max) => {
        expect(characterCount(value, max).over).toBe(!z.string().max(max).safeParse(value).success);
      }),
    );
  });
});
