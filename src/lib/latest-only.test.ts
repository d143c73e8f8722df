import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LatestOnly } from './latest-only.ts';

/** A worker's answer to question `q`: a head's (not whole) for the questions that are multiples of three. */
interface Answer {
  q: number;
  whole: boolean;
}
const answerTo = (q: number): Answer => ({ q, whole: q % 3 !== 0 });

describe('LatestOnly', () => {
  it('sends the first question at once and, of those asked meanwhile, only the newest', () => {
    const sent: string[] = [];
    const questions = new LatestOnly<string, string>(
      (q) => sent.push(q),
      () => false,
    );
    questions.ask('a', 'a');
    questions.ask('ab', 'ab');
    questions.ask('abc', 'abc');
    expect(sent).toEqual(['a']);
    expect(questions.answer('a', 'A', true)).toBe(true);
    expect(sent).toEqual(['a', 'abc']);
    questions.answer('abc', 'ABC', true);
    questions.ask('abcd', 'abcd');
    questions.ask('abcd', 'abcd');
    expect(sent).toEqual(['a', 'abc', 'abcd']);
  });

  it('answers a question asked again from its whole answer, without sending it, and drops the one waiting', () => {
    const sent: string[] = [];
    const questions = new LatestOnly<string, string>(
      (q) => sent.push(q),
      (answer) => !answer.endsWith('?'),
    );
    questions.ask('a', 'a');
    expect(questions.answer('a', 'A', true)).toBe(true);
    questions.ask('ab', 'ab');
    questions.ask('abc', 'abc');
    // Deleting back to a: answered on the page; abc, waiting, is not sent, and ab's answer is not drawn over a's.
    expect(questions.ask('a', 'a')).toBe('A');
    expect(questions.answer('ab', 'AB', true)).toBe(false);
    expect(sent).toEqual(['a', 'ab']);
    // A head's answer (not whole) is not kept: asked again, it is sent again.
    questions.ask('x', 'x');
    expect(questions.answer('x', 'X?', true)).toBe(true);
    expect(questions.ask('a', 'a')).toBe('A');
    expect(questions.ask('x', 'x')).toBeUndefined();
    expect(sent).toEqual(['a', 'ab', 'x', 'x']);
    // The whole answer the worker gives unasked, once its later pieces are in, is drawn and kept; the one asked,
    // coming after it, is not drawn again.
    expect(questions.answer('x', 'X', false)).toBe(true);
    expect(questions.answer('x', 'X', true)).toBe(false);
    questions.ask('a', 'a');
    expect(questions.ask('x', 'x')).toBe('X');
    expect(sent).toEqual(['a', 'ab', 'x', 'x']);
  });

  it('tells once the last question’s whole answer is in, from the page or the worker, and of no other', () => {
    const sent: string[] = [];
    const settled: string[] = [];
    const questions = new LatestOnly<string, string>(
      (q) => sent.push(q),
      (answer) => !answer.endsWith('?'),
      { settled: (q) => settled.push(q) },
    );
    questions.ask('a', 'a');
    // A space typed asks the same: told with the words the visitor typed, once the answer is in.
    questions.ask('a', 'a ');
    expect(settled).toEqual([]);
    questions.answer('a', 'A', true);
    expect(settled).toEqual(['a ']);
    questions.ask('a', 'a  ');
    expect(settled).toEqual(['a ', 'a  ']);
    questions.ask('ab', 'ab');
    questions.ask('abc', 'abc');
    // A head's answer, an older question's and the same answer again are not what the visitor settles on.
    questions.answer('ab', 'AB?', true);
    questions.answer('abc', 'ABC?', true);
    questions.answer('ab', 'AB', false);
    expect(settled).toEqual(['a ', 'a  ']);
    questions.answer('abc', 'ABC', false);
    questions.answer('abc', 'ABC', false);
    expect(settled).toEqual(['a ', 'a  ', 'abc']);
    expect(questions.ask('a', 'a')).toBe('A');
    expect(settled).toEqual(['a ', 'a  ', 'abc', 'a']);
    expect(sent).toEqual(['a', 'ab', 'abc']);
  });

  it('knows the questions it would answer on the page: those with a whole answer kept, not a head’s', () => {
    const questions = new LatestOnly<string, string>(
      () => {},
      (answer) => !answer.endsWith('?'),
    );
    expect(questions.knows('a')).toBe(false);
    questions.answer('a', 'A', false);
    questions.answer('x', 'X?', false);
    expect(questions.knows('a')).toBe(true);
    expect(questions.knows('x')).toBe(false);
  });

  it('keeps no more whole answers than its limit, the newest', () => {
    const sent: string[] = [];
    const questions = new LatestOnly<string, string>(
      (q) => sent.push(q),
      () => true,
      { limit: 2 },
    );
    for (const q of ['a', 'b', 'c']) questions.answer(q, q.toUpperCase(), false);
    expect(questions.ask('c', 'c')).toBe('C');
    expect(questions.ask('b', 'b')).toBe('B');
    expect(questions.ask('a', 'a')).toBeUndefined();
    expect(sent).toEqual(['a']);
  });

  it('draws an unasked answer to the last question only, and the first answer given with the start', () => {
    const sent: string[] = [];
    const questions = new LatestOnly<string, string>(
      (q) => sent.push(q),
      (answer) => !answer.endsWith('?'),
    );
    questions.given('start', 'START');
    expect(questions.ask('start', 'start')).toBeUndefined();
    expect(sent).toEqual([]);
    questions.ask('a', 'a');
    expect(questions.answer('a', 'A?', true)).toBe(true);
    questions.ask('ab', 'ab');
    expect(questions.answer('a', 'A', false)).toBe(false);
    expect(questions.answer('ab', 'AB?', true)).toBe(true);
    expect(questions.answer('ab', 'AB', false)).toBe(true);
    expect(questions.ask('start', 'start')).toBe('START');
  });

  it('whatever the timing, draws the last question’s answer last, and nothing over its whole answer', () => {
    const step = fc.oneof(
      fc.record({ ask: fc.integer({ min: 0, max: 7 }) }),
      fc.constant({ reply: true }),
      fc.constant({ unasked: true }),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        const inFlight: number[] = [];
        const sent: number[] = [];
        const questions = new LatestOnly<number, Answer>(
          (q) => {
            inFlight.push(q);
            sent.push(q);
          },
          (answer) => answer.whole,
          // Told only of the question asked last, and only once its whole answer is drawn (checked after each step).
          { settled: (q) => told.push(q === last) },
        );
        const told: boolean[] = [];
        let last: number | undefined;
        let drawn: Answer | undefined;
        let settled = false;
        const draw = (answer: Answer) => {
          expect(settled).toBe(false);
          drawn = answer;
          settled = answer.q === last && answer.whole;
        };
        const deliver = () => {
          const q = inFlight.shift() as number;
          if (questions.answer(String(q), answerTo(q), true)) draw(answerTo(q));
        };
        for (const s of steps) {
          const toldBefore = told.length;
          expect(inFlight.length).toBeLessThanOrEqual(1);
          if ('ask' in s) {
            const again = s.ask === last;
            if (!again) settled = false;
            last = s.ask;
            const known = questions.ask(String(s.ask), s.ask);
            if (known) {
              expect(again).toBe(false);
              expect(known).toEqual({ q: s.ask, whole: true });
              draw(known);
            }
          } else if ('reply' in s && inFlight.length > 0) deliver();
          else if ('unasked' in s && sent.length > 0) {
            // The worker's last question, answered again: the whole directory's answer, once its pieces are in.
            const q = sent.at(-1) as number;
            if (questions.answer(String(q), { q, whole: true }, false)) draw({ q, whole: true });
          }
          if (told.length > toldBefore) expect(settled).toBe(true);
        }
        while (inFlight.length > 0) deliver();
        if (last !== undefined) expect(drawn?.q).toBe(last);
        expect(told).not.toContain(false);
      }),
    );
  });
});
