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
  onClear: () => void;
}

const WIDE = '(min-width: 60rem)';

/**
 * Checkbox filters in one fieldset per facet, each value with its count.
 * Open on wide screens; a closed disclosure on phones, so results come first.
 * Drawn again only when its groups change, not on each letter typed.
 */
function FacetFilters<K extends string>({ locale, groups, onToggle, onClear }: Props<K>) {
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
            <label
              key={option.id}
              className={`facet-option${option.count === 0 && !option.checked ? ' facet-option--empty' : ''}`}
            >
              <input type="checkbox" checked={option.checked} onChange={() => onToggle(group.key, option.id)} />
              <span>{option.label}</span>
              <span className="facet-option__count" aria-label={t.matches(option.count)}>
                {t.count(option.count)}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
    </details>
  );
}

export default memo(FacetFilters) as typeof FacetFilters;
