import { Recent } from './recent.ts';

/**
 * Whole answers kept: the first letters answered ahead (some 50, in two scripts), and those of the typing since, with
 * the letters answered ahead of each keystroke.
 */
const KEPT = 256;

/**
 * The questions a page asks a worker and the answers it draws. One question is in flight at a time; while it is,
 * only the newest question asked meanwhile waits its turn: a visitor typing faster than the answers come gets the
 * answer to what the box holds now, not to every letter on the way. Whole answers (`whole`, the last `limit` of
 * them, those given ahead of their questions too) are kept: a question asked again (a letter deleted, the box
 * cleared, a filter ticked off) is answered at once, on the page, and the worker is not asked.
 *
 * Each question is named by a key, which its answer comes back with.
 */
export class LatestOnly<Q, A> {
  private busy = false;
  private next: Q | undefined;
  /** The question asked last, and whether its whole answer is drawn: no answer that comes after it is drawn then. */
  private last: string | undefined;
  private settled = false;
  /** The question asked last as it was last asked: the same key may be asked in other words (a space typed). */
  private lastQuestion: Q | undefined;
  private readonly kept: Recent<string, A>;
  private readonly send: (question: Q) => void;
  private readonly whole: (answer: A) => boolean;
  private readonly onSettled: (question: Q) => void;

  /**
   * `settled` hears of the question asked last once its whole answer is drawn, from the page or the worker, and again
   * when it is asked again in other words: what the visitor sees settled, from which to look ahead.
   */
  constructor(
    send: (question: Q) => void,
    whole: (answer: A) => boolean,
    { settled = () => {}, limit = KEPT }: { settled?: (question: Q) => void; limit?: number } = {},
  ) {
    this.send = send;
    this.whole = whole;
    this.onSettled = settled;
    this.kept = new Recent(limit);
  }

  /**
   * Asks `question`, named `key`. Returns its answer where a whole one is kept: nothing is sent then, and the question
   * waiting its turn is dropped. The same question twice in a row is asked once.
   */
  ask(key: string, question: Q): A | undefined {
    if (key === this.last) {
      this.lastQuestion = question;
      if (this.settled) this.onSettled(question);
      return undefined;
    }
    this.last = key;
    this.lastQuestion = question;
    const known = this.kept.get(key);
    this.settled = known !== undefined;
    if (known !== undefined) {
      this.next = undefined;
      this.onSettled(question);
      return known;
    }
    if (this.busy) this.next = question;
    else {
      this.busy = true;
      this.send(question);
    }
    return undefined;
  }

  /**
   * The answer to the question `key`: the one in flight (`asked`), or one the worker gave unasked. Says whether to draw
   * it: an answer to the question asked last, or, until that one's whole answer is drawn, an older question's, which
   * shows results on the way while typing goes on. An answer unasked to an older question is never drawn.
   */
  answer(key: string, answer: A, asked: boolean): boolean {
    const wasSettled = this.settled;
    const last = key === this.last;
    if (this.whole(answer)) {
      this.kept.set(key, answer);
      if (last) this.settled = true;
      if (last && !wasSettled && this.lastQuestion !== undefined) this.onSettled(this.lastQuestion);
    }
    if (asked) {
      const waiting = this.next;
      this.next = undefined;
      this.busy = waiting !== undefined;
      if (waiting !== undefined) this.send(waiting);
    }
    return !wasSettled && (last || asked);
  }

  /** Whether a whole answer to `key` is kept: asked, it would be answered on the page. Looking is no use of it. */
  knows(key: string): boolean {
    return this.kept.has(key);
  }

  /** An answer given before its question (the worker's first, to the page's address): now asked, and drawn. */
  given(key: string, answer: A): void {
    this.last = key;
    this.settled = false;
    this.answer(key, answer, false);
  }
}
