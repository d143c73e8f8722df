import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallest } from './smallest.ts';

describe('smallest', () => {
  it.each([
    [[5, 1, 4, 2, 3], 2, [1, 2]],
    [[5, 1, 4, 2, 3], 0, []],
    [[5, 1, 4, 2, 3], 5, [1, 2, 3, 4, 5]],
    [[5, 1, 4, 2, 3], 9, [1, 2, 3, 4, 5]],
    [[2, 2, 1, 1], 3, [1, 1, 2]],
    [[], 3, []],
  ])('of %j, the %i smallest are %j', (values, count, expected) => {
    expect([...smallest(Float64Array.from(values), count)]).toEqual(expected);
  });

  it('is always the sorted list cut to its first `count`', () => {
    fc.assert(
      fc.property(
        // Sort keys are whole numbers below 2^53.
        fc.array(fc.integer({ min: 0, max: 2 ** 40 })),
        fc.nat(40),
        (values, count) => {
          const expected = Float64Array.from(values).sort().subarray(0, count);
          expect([...smallest(Float64Array.from(values), count)]).toEqual([...expected]);
        },
      ),
    );
  });
});
