/**
 * Asks one question at a time and, while it waits, keeps only the newest
 * question: a visitor typing faster than the answers come gets the answer to
 * what the box holds now, not to every letter on the way.
 */
export class LatestOnly<Q> {
  private busy = false;
  private next: { question: Q } | undefined;

  constructor(private readonly send: (question: Q) => void) {}

  ask(question: Q): void {
    if (this.busy) {
      this.next = { question };
      return;
    }
    this.busy = true;
    this.send(question);
  }

  /** Call when the question in flight is answered: the newest waiting one goes next. */
  answered(): void {
    this.busy = false;
    const waiting = this.next;
    this.next = undefined;
    if (waiting) this.ask(waiting.question);
  }
}
