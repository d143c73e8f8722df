/**
 * Saving in the CMS makes decap-server check out a draft branch, commit and
 * check the working branch out again; the dev server sees content files
 * change and would reload every open page, the admin app in the middle of
 * its editorial workflow included. While the backend works (and shortly
 * after, as file events arrive late), full-page reloads are held back. The
 * content itself is still re-read: the site shows the change on the next load.
 */

/** How long after a backend request file events still count as its echo. */
export const QUIET_MS = 2500;

export class ReloadGuard {
  private active = 0;
  private quietUntil = 0;

  constructor(private readonly now: () => number = Date.now) {}

  requestStarted(): void {
    this.active += 1;
  }

  requestEnded(): void {
    this.active = Math.max(0, this.active - 1);
    this.quietUntil = this.now() + QUIET_MS;
  }

  /** Whether a message to the browsers should be dropped. */
  holds(payload: unknown): boolean {
    const reload =
      typeof payload === 'object' && payload !== null && (payload as { type?: unknown }).type === 'full-reload';
    return reload && (this.active > 0 || this.now() < this.quietUntil);
  }
}
