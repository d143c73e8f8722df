import { memo, useState } from 'react';
import { search } from '../../lib/i18n/sections/search';
import type { Locale } from '../../lib/i18n/locales';
import type { FacetGroup } from '../../lib/search/faceted';
import './search.css';

interface Props<K extends string> {
  /** The page's language. */
  locale: Locale;
  /** Each facet's values, titled in the page's language. */
  groups: FacetGroup<K>[];
  onToggle: (key: K, id: string) => void;
  /**
   * A value about to be ticked or cleared: the pointer is on it, pressed on it, or the focus is. Its answer can be had
   * before the click.
   */
  onForesee?: ((key: K, id: string) => void) | undefined;
  onClear: () => void;
}

const WIDE = '(min-width: 60rem)';

/**
 * Checkbox filters in one fieldset per facet, each value with its count.
 * Open on wide screens; a closed disclosure on phones, so results come first.
 * Drawn again only when its groups change, not on each letter typed.
 */
function FacetFilters<K extends string>({ locale, groups, onToggle, onForesee, onClear }: Props<K>) {
  const t = search[locale];
  // Decided before the first paint (the filters only render in the browser, once the data is in), so the
  // results never jump when a phone closes the panel.
  const [open, setOpen] = useState(() => typeof window === 'undefined' || window.matchMedia(WIDE).matches);
  const chosen = groups.reduce((sum, group) => sum + group.options.filter((option) => option.checked).length, 0);

  return (
    <details className="facet-filters" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t.filters(chosen)}</summary>
      {chosen > 0 && (
        <p>
          <button type="button" className="button-link" onClick={onClear}>
            {t.clearFilters}
          </button>
        </p>
      )}
      {groups.map((group) => (
        <fieldset key={group.key}>
          <legend>{group.title}</legend>
          {group.options.map((option) => (
            <FacetOption
              key={option.id}
              facet={group.key}
              id={option.id}
              label={option.label}
              count={option.count}
              checked={option.checked}
              locale={locale}
              onToggle={onToggle}
              onForesee={onForesee}
            />
          ))}
        </fieldset>
      ))}
    </details>
  );
}

interface OptionProps<K extends string> {
  facet: K;
  id: string;
  label: string;
  /** Undefined while not known: no number is shown. */
  count: number | undefined;
  checked: boolean;
  locale: Locale;
  onToggle: (key: K, id: string) => void;
  onForesee?: ((key: K, id: string) => void) | undefined;
}

/** One value with its count, drawn again only when it changes: ticking a box redraws that box alone. */
const FacetOption = memo(function FacetOption<K extends string>({
  facet,
  id,
  label,
  count,
  checked,
  locale,
  onToggle,
  onForesee,
}: OptionProps<K>) {
  const t = search[locale];
  const foresee = onForesee && (() => onForesee(facet, id));
  return (
    <label
      className={`facet-option${count === 0 && !checked ? ' facet-option--empty' : ''}`}
      onPointerEnter={foresee}
      onPointerDown={foresee}
      onFocus={foresee}
    >
      <input type="checkbox" checked={checked} onChange={() => onToggle(facet, id)} />
      <span>{label}</span>
      {count !== undefined && (
        <span className="facet-option__count" aria-label={t.matches(count)}>
          {t.count(count)}
        </span>
      )}
    </label>
  );
}) as <K extends string>(props: OptionProps<K>) => React.JSX.Element;

export default memo(FacetFilters) as typeof FacetFilters;
