/**
 * Two custom elements, so the same few lines serve the directory's cards
 * (static and drawn by the search island), the static listings and the
 * profiles without React on the pages that have none:
 *
 * - `<compare-toggle data-slug data-name>`: the "Compare" button of one partner;
 * - `<compare-tray>`: the chosen partners at the foot of the page, each with a
 *   button to remove it, and the link to the comparison.
 *
 * Without JavaScript both stay empty. Words are in the page's language.
 */
import { compareHref, MAX_COMPARED } from '../../lib/compare';
import { compareTray as words } from '../../lib/i18n/sections/compare-tray';
import { DEFAULT_LOCALE, isLocale, localePath } from '../../lib/i18n/locales';
import { lastSearch } from '../../lib/last-search';
import { comparedPartners, onComparedChange, setComparedPartners, toggleComparedPartner } from './compare-store';

/** Said by the tray when a fourth partner is asked for. */
const FULL = 'partner-compare-full';

const pageLocale = () => {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
};

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
  const made = document.createElement(tag);
  made.className = className;
  made.textContent = text;
  return made;
};

class CompareToggle extends HTMLElement {
  static observedAttributes = ['data-slug', 'data-name'];
  #button = element('button', 'compare-toggle');
  /** Shown while the partner is in the list; the button's name stays the same, `aria-pressed` says the state. */
  #tick = element('span', 'compare-toggle__tick', '✓ ');
  #label = element('span', '');
  #name = element('span', 'visually-hidden');
  #unsubscribe: (() => void) | undefined;

  connectedCallback() {
    if (!this.#button.isConnected) {
      this.#button.type = 'button';
      this.#tick.setAttribute('aria-hidden', 'true');
      this.#button.append(this.#tick, this.#label, this.#name);
      this.#button.addEventListener('click', () => {
        const partner = { slug: this.dataset.slug ?? '', name: this.dataset.name ?? '' };
        if (toggleComparedPartner(partner) === 'full') window.dispatchEvent(new CustomEvent(FULL));
      });
      this.append(this.#button);
    }
    this.#unsubscribe = onComparedChange(() => this.render());
    this.render();
  }

  disconnectedCallback() {
    this.#unsubscribe?.();
  }

  attributeChangedCallback() {
    if (this.#button.isConnected) this.render();
  }

  /**
   * Writes only what changed: the search island gives a drawn card another partner on a keystroke, and its two
   * attributes each ask for a render.
   */
  render() {
    const t = words[pageLocale()];
    const chosen = String(comparedPartners().some((partner) => partner.slug === this.dataset.slug));
    const name = ` ${this.dataset.name ?? ''}`;
    if (this.#label.textContent !== t.add) this.#label.textContent = t.add;
    if (this.#name.textContent !== name) this.#name.textContent = name;
    if (this.#button.getAttribute('aria-pressed') !== chosen) this.#button.setAttribute('aria-pressed', chosen);
  }
}

class CompareTray extends HTMLElement {
  #unsubscribe: (() => void) | undefined;
  #status = element('p', 'compare-tray__status');
  #onFull = () => {
    this.#status.textContent = words[pageLocale()].full(MAX_COMPARED);
  };

  connectedCallback() {
    this.#status.setAttribute('role', 'status');
    this.#unsubscribe = onComparedChange(() => {
      this.#status.textContent = '';
      this.render();
    });
    window.addEventListener(FULL, this.#onFull);
    this.render();
  }

  disconnectedCallback() {
    this.#unsubscribe?.();
    window.removeEventListener(FULL, this.#onFull);
  }

  render() {
    const locale = pageLocale();
    const t = words[locale];
    const chosen = comparedPartners();
    const tray = element('aside', 'compare-tray');
    tray.setAttribute('aria-label', t.tray);
    tray.hidden = chosen.length === 0;
    const list = element('ul', 'compare-tray__list');
    for (const partner of chosen) {
      const item = element('li', 'compare-tray__item');
      const name = element('span', 'compare-tray__name', partner.name);
      const remove = element('button', 'compare-tray__remove', '×');
      remove.type = 'button';
      remove.setAttribute('aria-label', t.remove(partner.name));
      remove.addEventListener('click', () => toggleComparedPartner(partner));
      item.append(name, remove);
      list.append(item);
    }
    const actions = element('p', 'compare-tray__actions');
    if (chosen.length >= 2) {
      const base = localePath(locale, '/partners/compare/');
      const link = element('a', 'compare-tray__go', t.go(chosen.length));
      // The place the directory searches near: in the address there, and remembered for the profiles opened from it.
      const near = () =>
        new URLSearchParams(window.location.search).get('near') ?? new URLSearchParams(lastSearch()).get('near') ?? '';
      const href = () =>
        compareHref(
          base,
          chosen.map((partner) => partner.slug),
          near(),
        );
      link.href = href();
      // The directory writes its address just before a click: the place is read then.
      link.addEventListener('click', () => (link.href = href()));
      actions.append(link);
    } else {
      actions.append(element('span', 'compare-tray__hint', t.needMore));
    }
    const clear = element('button', 'compare-tray__clear button-link', t.clear);
    clear.type = 'button';
    clear.addEventListener('click', () => setComparedPartners([]));
    actions.append(' ', clear);
    tray.append(list, actions);
    this.replaceChildren(tray, this.#status);
  }
}

if (!customElements.get('compare-toggle')) customElements.define('compare-toggle', CompareToggle);
if (!customElements.get('compare-tray')) customElements.define('compare-tray', CompareTray);
