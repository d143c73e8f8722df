import { describe, expect, it } from 'vitest';
import { finished, takeSteps } from './steps.ts';

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

describe('takeSteps', () => {
  /** A build whose steps take the given milliseconds on a clock of its own, counting the steps taken. */
  function timed(durations: readonly number[]) {
    const clock = { ms: 0, taken: 0 };
    function* build(): Generator<void, string, void> {
      for (const ms of durations) {
        clock.ms += ms;
        clock.taken += 1;
        yield;
      }
      return 'built';
    }
    return { clock, steps: build(), now: () => clock.ms };
  }

  it.each([
    { durations: [2, 2, 2, 2, 2, 2, 2], taken: 5, why: 'short steps while one more ends within it' },
    { durations: [4, 4, 4], taken: 2, why: 'a third step of 4 ms would end at 12' },
    { durations: [1, 7, 1, 1], taken: 2, why: 'after a 7 ms step at 8 ms, none like it fits' },
    { durations: [30, 1], taken: 1, why: 'one step longer than the budget, alone' },
    { durations: [9, 30], taken: 1, why: 'not a long step after one that nearly filled the task' },
  ])('takes $taken steps of $durations in a task of 10 ms: $why', ({ durations, taken }) => {
    const { clock, steps, now } = timed(durations);
    const result = takeSteps(steps, 10, now);
    expect(result.done).toBe(false);
    expect(clock.taken).toBe(taken);
  });

  it('goes on from where the last task stopped, and returns what the steps built', () => {
    const { clock, steps, now } = timed([3, 3, 3, 3, 3]);
    const tasks: number[] = [];
    for (let result = takeSteps(steps, 10, now); ; result = takeSteps(steps, 10, now)) {
      tasks.push(clock.taken);
      if (result.done) {
        expect(result.value).toBe('built');
        break;
      }
    }
    // Three steps in the first task (a fourth would end at 12 ms); the second takes the last two and finds the end.
    expect(tasks).toEqual([3, 5]);
  });

  it('stops before any step where the build is no longer wanted', () => {
    const { clock, steps, now } = timed([1, 1, 1, 1]);
    let wanted = 2;
    expect(takeSteps(steps, 10, now, () => wanted-- > 0)).toEqual({ done: true, value: undefined });
    expect(clock.taken).toBe(2);
  });
});
