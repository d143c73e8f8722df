/**
 * Decap keeps the open form when the address changes from one entry to
 * another (typed, pasted or from history), and Save then writes the entry on
 * screen, not the one in the address bar. Opening the new address afresh
 * keeps the two in step. Decap's own move from a new entry to the saved one
 * (`/new` to `/entries/<slug>`) is left alone.
 */
const ENTRY = /^#\/collections\/([^/]+)\/entries\/(.+)$/;

/** Whether going from one admin address to another must reload the editor. */
export function needsFreshEditor(fromHash: string, toHash: string): boolean {
  const from = ENTRY.exec(fromHash);
  const to = ENTRY.exec(toHash);
  return Boolean(from && to && (from[1] !== to[1] || from[2] !== to[2]));
}

export function keepFormWithAddress(): void {
  window.addEventListener('hashchange', (event) => {
    if (needsFreshEditor(new URL(event.oldURL).hash, new URL(event.newURL).hash)) window.location.reload();
  });
}
