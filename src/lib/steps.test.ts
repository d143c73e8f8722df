import { describe, expect, it } from 'vitest';
import { finished } from './steps.ts';

describe('finished', () => {
  it('takes every step and returns what the steps built', () => {
    const taken: number[] = [];
    function* build(): Generator<void, string, void> {
      for (const step of [1, 2, 3]) {
        taken.push(step);
        yield;
      }
      return 'built';
    }
    expect(finished(build())).toBe('built');
    expect(taken).toEqual([1, 2, 3]);
  });

  it('passes on what a step throws', () => {
    // eslint-disable-next-line require-yield
    function* failing(): Generator<void, never, void> {
      throw new Error('bad piece');
    }
    expect(() => finished(failing())).toThrow('bad piece');
  });
});
