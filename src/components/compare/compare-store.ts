/**
 * The partners chosen for comparison, kept in this browser's storage so the
 * list survives moving between the directory and the profiles, reloads and
 * other tabs. Nothing leaves the browser.
 */
import { readCompared, toggleCompared, type Compared } from '../../lib/compare';

const KEY = 'partner-compare';
const CHANGED = 'partner-compare-change';

/** The list as last read or written: every card's button asks for it when it is drawn again. */
let known: Compared[] | undefined;

export function comparedPartners(): Compared[] {
  if (known) return known;
  try {
    known = readCompared(JSON.parse(localStorage.getItem(KEY) ?? '[]'));
  } catch {
    known = [];
  }
  return known;
}

function save(list: readonly Compared[]): void {
  known = [...list];
  try {
    localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // Storage refused (private mode, full): the list lasts as long as the page.
  }
  window.dispatchEvent(new CustomEvent(CHANGED));
}

/** Adds the partner, or takes it out; says whether the list was full and it could not be added. */
export function toggleComparedPartner(partner: Compared): 'changed' | 'full' {
  const before = comparedPartners();
  const after = toggleCompared(before, partner);
  if (after.length === before.length && !before.some((item) => item.slug === partner.slug)) return 'full';
  save(after);
  return 'changed';
}

export function setComparedPartners(list: readonly Compared[]): void {
  save(readCompared(list));
}

/** Who hears of changes: every button and the tray, through one pair of window listeners whatever their number. */
const listeners = new Set<() => void>();
const tellAll = () => {
  for (const listener of [...listeners]) listener();
};
const fromOtherTab = (event: StorageEvent) => {
  if (event.key !== KEY) return;
  known = undefined;
  tellAll();
};

/** Calls `listener` whenever the list changes, in this page or another tab; returns the unsubscribe. */
export function onComparedChange(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener(CHANGED, tellAll);
    window.addEventListener('storage', fromOtherTab);
  }
  listeners.add(listener);
  return () => {
    if (!listeners.delete(listener) || listeners.size > 0) return;
    window.removeEventListener(CHANGED, tellAll);
    window.removeEventListener('storage', fromOtherTab);
  };
}
