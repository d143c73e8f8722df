/** Finding a city of the gazetteer by what a visitor types, in either language. */
import { normalize } from './search/normalize.ts';

export interface NamedCity {
  id: string;
  label: string;
  /** Its names in the other languages. */
  aliases?: readonly string[] | undefined;
}

/**
 * The cities one of whose names (in any language) has a word starting with `typed`: "novg" finds Nizhny Novgorod
 * and Veliky Novgorod, «каз» and "kaz" both find Kazan. Those whose name starts with it come first, then by name
 * as listed; at most `limit`.
 */
export function citiesMatching<C extends NamedCity>(cities: readonly C[], typed: string, limit = 8): C[] {
  const wanted = normalize(typed).trim().replace(/\s+/g, ' ');
  if (!wanted) return [];
  const starts: C[] = [];
  const inside: C[] = [];
  for (const city of cities) {
    const names = [city.label, ...(city.aliases ?? [])].map(normalize);
    if (names.some((name) => name.startsWith(wanted))) starts.push(city);
    else if (
      names.some((name) => name.split(/[\s-]+/).some((_, at, words) => words.slice(at).join(' ').startsWith(wanted)))
    )
      inside.push(city);
  }
  return [...starts, ...inside].slice(0, limit);
}
