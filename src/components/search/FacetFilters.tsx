import { useState } from 'react';
import type { FacetGroup } from '../../lib/search/faceted';
import './search.css';

interface Props<K extends string> {
  groups: FacetGroup<K>[];
  onToggle: (key: K, id: string) => void;
  onClear: () => void;
}

const matches = (count: number) => `${count.toLocaleString('en')} ${count === 1 ? 'match' : 'matches'}`;

const WIDE = '(min-width: 60rem)';

/**
 * Checkbox filters in one fieldset per facet, each value with its count.
 * Open on wide screens; a closed disclosure on phones, so results come first.
 */
export default function FacetFilters<K extends string>({ groups, onToggle, onClear }: Props<K>) {
  // Decided before the first paint (the filters only render in the browser, once the data is in), so the
  // results never jump when a phone closes the panel.
  const [open, setOpen] = useState(() => typeof window === 'undefined' || window.matchMedia(WIDE).matches);
  const chosen = groups.reduce((sum, group) => sum + group.options.filter((option) => option.checked).length, 0);

  return (
    <details className="facet-filters" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Filters{chosen > 0 && ` (${chosen} chosen)`}</summary>
      {chosen > 0 && (
        <p>
          <button type="button" className="button-link" onClick={onClear}>
            Clear all filters
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
              <span className="facet-option__count" aria-label={matches(option.count)}>
                {option.count.toLocaleString('en')}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
    </details>
  );
}
