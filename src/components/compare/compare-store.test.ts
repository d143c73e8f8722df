import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A window and its storage, as far as the store uses them, counting the listeners on the window. */
function fakePage() {
  const window = new EventTarget();
  const listening = new Map<string, number>();
  const add = window.addEventListener.bind(window);
  const remove = window.removeEventListener.bind(window);
  window.addEventListener = (type: string, ...rest: [EventListenerOrEventListenerObject | null]) => {
    listening.set(type, (listening.get(type) ?? 0) + 1);
    add(type, ...rest);
  };
  window.removeEventListener = (type: string, ...rest: [EventListenerOrEventListenerObject | null]) => {
    listening.set(type, (listening.get(type) ?? 0) - 1);
    remove(type, ...rest);
  };
  const stored = new Map<string, string>();
  const localStorage = {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
  };
  return { window, listening, stored, localStorage };
}

let page: ReturnType<typeof fakePage>;
beforeEach(() => {
  vi.resetModules();
  page = fakePage();
  vi.stubGlobal('window', page.window);
  vi.stubGlobal('localStorage', page.localStorage);
});
afterEach(() => vi.unstubAllGlobals());

/** A change made in another tab: its storage written, and this page told. */
function changeInOtherTab(key: string, value: string) {
  page.stored.set(key, value);
  const event = Object.assign(new Event('storage'), { key });
  page.window.dispatchEvent(event);
}

describe('the list of partners to compare', () => {
  it('listens on the page once, however many buttons hear of changes, and stops when the last one leaves', async () => {
    const store = await import('./compare-store');
    const heard = [0, 0, 0];
    const stops = heard.map((_, button) => store.onComparedChange(() => (heard[button] = (heard[button] ?? 0) + 1)));
    expect(Object.fromEntries(page.listening)).toEqual({ 'partner-compare-change': 1, storage: 1 });

    store.toggleComparedPartner({ slug: 'taiga-telecom', name: 'Тайга Телеком' });
    expect(heard).toEqual([1, 1, 1]);
    stops[0]?.();
    stops[0]?.();
    expect(Object.fromEntries(page.listening)).toEqual({ 'partner-compare-change': 1, storage: 1 });
    store.toggleComparedPartner({ slug: 'ala-too-mailworks', name: 'Ala-Too Mailworks' });
    expect(heard).toEqual([1, 2, 2]);
    stops[1]?.();
    stops[2]?.();
    expect(Object.fromEntries(page.listening)).toEqual({ 'partner-compare-change': 0, storage: 0 });
  });

  it('reads the list again when another tab changes it, and ignores its other keys', async () => {
    const store = await import('./compare-store');
    expect(store.comparedPartners()).toEqual([]);
    let heard = 0;
    store.onComparedChange(() => (heard += 1));
    changeInOtherTab('something-else', '[]');
    expect(heard).toBe(0);
    changeInOtherTab('partner-compare', JSON.stringify([{ slug: 'baikal-digital', name: 'Baikal Digital' }]));
    expect(heard).toBe(1);
    expect(store.comparedPartners()).toEqual([{ slug: 'baikal-digital', name: 'Baikal Digital' }]);
    // What another tab wrote is read as any stored list is: a hostile entry is dropped.
    changeInOtherTab('partner-compare', JSON.stringify([{ slug: '../admin', name: '<img src=x onerror=alert(1)>' }]));
    expect(heard).toBe(2);
    expect(store.comparedPartners()).toEqual([]);
  });
});
