import { memo, useId, useState, type KeyboardEvent } from 'react';
import type { DirectoryCity, NearResult } from '../../lib/directory';
import { citiesMatching } from '../../lib/gazetteer';
import { formatPosition, WITHIN_KM } from '../../lib/geo';
import { directory } from '../../lib/i18n/sections/directory';
import type { Locale } from '../../lib/i18n/locales';

interface Props {
  locale: Locale;
  cities: readonly DirectoryCity[];
  /** The place searched near: a city id, a position or ''. */
  near: string;
  within: number;
  /** What the answer says of the place, once it has one and its counts are the whole directory's: the radius choices' counts. */
  result?: NearResult | undefined;
  onChange: (near: string, within: number) => void;
}

/** How long the browser may take to find the visitor, and how old a position it may reuse. */
const LOCATE_TIMEOUT_MS = 10_000;
const LOCATE_MAX_AGE_MS = 10 * 60_000;

/**
 * "Near": a city typed in either language and picked from the suggestions (arrows and Enter, or a click), or
 * the visitor's position, asked of the browser only when the button is pressed and rounded to about a
 * kilometre before it goes into the search; then the radius.
 */
function NearControl({ locale, cities, near, within, result, onChange }: Props) {
  const t = directory[locale].near;
  const id = useId();
  const city = cities.find((candidate) => candidate.id === near);
  const placeName = city?.label ?? (near ? t.yourLocation : '');
  const [typed, setTyped] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [locating, setLocating] = useState<'idle' | 'busy' | 'denied' | 'failed'>('idle');
  const text = typed ?? placeName;
  const open = typed !== null && typed.trim() !== '';
  const options = open ? citiesMatching(cities, typed) : [];

  const pick = (chosen: DirectoryCity) => {
    setTyped(null);
    setLocating('idle');
    onChange(chosen.id, within);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (options.length ? (current + step + options.length) % options.length : 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = options[active] ?? options[0];
      if (chosen) pick(chosen);
    } else if (event.key === 'Escape') {
      setTyped(null);
    }
  };
  const locate = () => {
    if (!('geolocation' in navigator)) return setLocating('failed');
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating('idle');
        setTyped(null);
        onChange(formatPosition({ lat: coords.latitude, lon: coords.longitude }), within);
      },
      (error) => setLocating(error.code === error.PERMISSION_DENIED ? 'denied' : 'failed'),
      { timeout: LOCATE_TIMEOUT_MS, maximumAge: LOCATE_MAX_AGE_MS },
    );
  };
  const listId = `${id}-cities`;
  const activeOption = options[active] ?? options[0];

  return (
    <div className="near-control">
      <div className="near-control__place">
        <label htmlFor={`${id}-near`}>{t.label}</label>
        <div className="near-control__combo">
          <input
            id={`${id}-near`}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open && options.length > 0}
            aria-controls={listId}
            aria-activedescendant={open && activeOption ? `${listId}-${activeOption.id}` : undefined}
            aria-describedby={`${id}-near-note`}
            value={text}
            placeholder={t.placeholder}
            autoComplete="off"
            spellCheck={false}
            maxLength={60}
            onChange={(event) => {
              setTyped(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setTyped(null)}
          />
          {open && options.length > 0 && (
            <ul id={listId} role="listbox" className="near-control__options" aria-label={t.label}>
              {options.map((option, at) => (
                <li
                  key={option.id}
                  id={`${listId}-${option.id}`}
                  role="option"
                  aria-selected={option === activeOption}
                  // Before the input's blur, which would close the list first.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    pick(option);
                  }}
                  onMouseEnter={() => setActive(at)}
                >
                  {option.label}
                </li>
              ))}
            </ul>
          )}
        </div>
        {near && (
          <button type="button" className="button-link near-control__clear" onClick={() => onChange('', 0)}>
            {t.clear}
          </button>
        )}
      </div>
      <button type="button" className="near-control__locate" onClick={locate} disabled={locating === 'busy'}>
        {locating === 'busy' ? t.locating : t.useLocation}
      </button>
      {near && (
        <label className="near-control__within">
          {t.within}{' '}
          <select value={within} onChange={(event) => onChange(near, Number(event.target.value))}>
            <option value={0}>{result ? `${t.any} (${result.withinCounts.at(-1) ?? 0})` : t.any}</option>
            {WITHIN_KM.map((km, at) => (
              <option key={km} value={km}>
                {t.radius(km, result?.withinCounts[at])}
              </option>
            ))}
          </select>
        </label>
      )}
      <p
        id={`${id}-near-note`}
        className="near-control__note"
        role={locating === 'denied' || locating === 'failed' ? 'alert' : undefined}
      >
        {open && options.length === 0
          ? t.noCity(typed.trim())
          : locating === 'denied'
            ? t.denied
            : locating === 'failed'
              ? t.failed
              : t.privacy}
      </p>
    </div>
  );
}

/** Drawn again only when the place, the radius or their counts change: not on each letter typed in the search. */
export default memo(NearControl);
