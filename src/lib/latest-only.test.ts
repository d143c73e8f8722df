import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LatestOnly } from './latest-only.ts';

describe('LatestOnly', () => {
  it('sends the first question at once and, of those asked meanwhile, only the newest', () => {
    const sent: string[] = [];
    const queue = new LatestOnly<string>((q) => sent.push(q));
    queue.ask('a');
    queue.ask('ab');
    queue.ask('abc');
    expect(sent).toEqual(['a']);
    queue.answered();
    expect(sent).toEqual(['a', 'abc']);
    queue.answered();
    queue.ask('abcd');
    expect(sent).toEqual(['a', 'abc', 'abcd']);
  });

  it('whatever the timing, the last question asked is the last one sent, and at most one waits at a time', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), (steps) => {
        const sent: number[] = [];
        let inFlight = 0;
        const queue = new LatestOnly<number>((q) => {
          inFlight += 1;
          expect(inFlight).toBe(1);
          sent.push(q);
        });
        let asked = 0;
        for (const askNow of steps) {
          if (askNow) queue.ask((asked += 1));
          else if (inFlight > 0) {
            inFlight -= 1;
            queue.answered();
          }
        }
        while (inFlight > 0) {
          inFlight -= 1;
          queue.answered();
        }
        if (asked > 0) expect(sent.at(-1)).toBe(asked);
        expect([...sent].sort((a, b) => a - b)).toEqual(sent);
      }),
    );
  });
});
