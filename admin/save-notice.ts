/**
 * When Decap refuses to save, it marks each wrong field where it sits, which
 * may be off screen or inside a collapsed list row, and says nothing at the
 * top. This notice lists every problem at the top of the editor, counted,
 * each a button that brings its field into view. It reads the problems from
 * Decap's own state (`entryDraft.fieldsErrors`), so it lists exactly what
 * Decap refused, and disappears once they are fixed. Decap also checks fields
 * while the editor types; the notice waits for a Save or Publish.
 */
import { store } from 'decap-cms-core/dist/esm/redux';
import { currentProblems, problemCount } from './problems';

/** The problems in the order their fields stand in the form; fields not on screen (a collapsed list row) last. */
function inFormOrder<T extends { fieldId: string }>(problems: T[]): T[] {
  const position = (problem: T) => document.getElementById(problem.fieldId);
  return [...problems].sort((a, b) => {
    const [first, second] = [position(a), position(b)];
    if (!first || !second) return first ? -1 : second ? 1 : 0;
    return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

export function installSaveNotice(): void {
  const notice = document.createElement('section');
  notice.className = 'save-notice';
  notice.setAttribute('role', 'alert');
  notice.setAttribute('aria-label', 'Why this entry was not saved');
  notice.hidden = true;
  document.body.append(notice);

  let shown = '';
  /** Whether Save or Publish was refused and some problem is still unfixed. */
  let refused = false;
  let count = 0;
  const problemsNow = () => {
    const state = store.getState() as { entryDraft?: { get: (key: string) => unknown } };
    return inFormOrder(currentProblems(state.entryDraft?.get('fieldsErrors')));
  };
  const render = () => {
    const problems = problemsNow();
    // Every problem fixed: the next one found while typing waits for the next Save.
    if (count > 0 && problems.length === 0) refused = false;
    count = problems.length;
    const key = JSON.stringify({ refused, problems });
    if (key === shown) return;
    shown = key;
    notice.hidden = !refused || problems.length === 0;
    notice.replaceChildren();
    if (notice.hidden) return;
    const heading = document.createElement('h2');
    heading.textContent = `Not saved: ${problemCount(problems.length)} to fix`;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'save-notice__close';
    close.textContent = 'Hide';
    close.addEventListener('click', () => (notice.hidden = true));
    const list = document.createElement('ul');
    for (const problem of problems) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = problem.message;
      button.addEventListener('click', () => {
        const field = document.getElementById(problem.fieldId);
        field?.scrollIntoView({ block: 'center' });
        field?.focus();
      });
      item.append(button);
      list.append(item);
    }
    notice.append(close, heading, list);
  };
  store.subscribe(render);
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button || !/^(Save|Publish)\b/.test(button.textContent?.trim() ?? '')) return;
      refused = true;
      // Decap checks every field when it handles this same click; after it, no problem means it saved.
      setTimeout(() => {
        if (problemsNow().length === 0) refused = false;
        render();
      });
    },
    true,
  );
}
