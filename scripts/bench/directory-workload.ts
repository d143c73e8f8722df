/**
 * What the directory benchmarks ask of a search engine: the same visitor's
 * queries and the same partner records, whichever engine answers them
 * (`bench:directory` for this project's, `bench:pagefind` for Pagefind).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { directorySearch, type DirectoryData } from '../../src/lib/directory.ts';
import { isLocale, LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';

/**
 * The options both directory benchmarks take: `--count` partners generated with `--seed`, measured in `--locale`;
 * `--reuse-build` where `withReuse` (the directory benchmark, which builds).
 */
export function directoryBenchArgs({ withReuse = false } = {}) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      locale: { type: 'string', default: 'en' },
      ...(withReuse ? { 'reuse-build': { type: 'boolean', default: false } } : {}),
    },
  });
  if (!isLocale(values.locale)) throw new Error(`--locale must be one of ${LOCALES.join(', ')}`);
  return {
    count: Number(values.count),
    seed: Number(values.seed),
    locale: values.locale,
    reuseBuild: values['reuse-build'] === true,
  };
}

/** Where `bench:directory` generates and builds the partners of a seed and count, and `bench:pagefind` finds them. */
export const benchFolder = (seed: number, count: number): string => join(tmpdir(), `partner-bench-${seed}-${count}`);

/** Kinds of input, reported apart: the costly ones must not hide in an average. */
export const KINDS = [
  'first letter',
  'typing on',
  'typo',
  'several words',
  'with filters',
  'deleting',
  'clearing',
  'filter toggle',
  'with a place',
] as const;
export type Kind = (typeof KINDS)[number];

/**
 * What a visitor does on a freshly opened directory: types each query letter by letter (the first letter counts as
 * its own kind), then deletes `backspaces` letters one by one, or clears the whole box at once; or, with `toggles`,
 * ticks and unticks that many filters of the panel. Filters in `filters` are set through the address first.
 */
export interface Scenario {
  kind: Exclude<Kind, 'first letter' | 'deleting' | 'clearing'>;
  query: string;
  filters?: string;
  backspaces?: number;
  clear?: boolean;
  toggles?: number;
}

export function scenarios(locale: Locale): Scenario[] {
  return [
    { kind: 'typo', query: 'implementaton', clear: true },
    { kind: 'typo', query: 'novosibirks', backspaces: 4 },
    { kind: 'typo', query: 'baikla data' },
    { kind: 'typing on', query: 'a', backspaces: 1 },
    { kind: 'typing on', query: 'k', clear: true },
    { kind: 'typing on', query: 'migration', backspaces: 9 },
    { kind: 'typing on', query: 'taiga', backspaces: 3 },
    { kind: 'several words', query: 'mail migration siberia', backspaces: 8 },
    { kind: 'several words', query: 'kazan security support', clear: true },
    { kind: 'with filters', query: 'cloud', filters: 'service=mail-migration&region=siberia', backspaces: 5 },
    { kind: 'with filters', query: 'volga code', filters: 'tier=gold&language=english' },
    { kind: 'filter toggle', query: '', toggles: 6 },
    { kind: 'filter toggle', query: 'support', toggles: 4 },
    // Near a place: typing with distances sorted, within a radius, and ticking filters there.
    { kind: 'with a place', query: 'mail', filters: 'near=kazan&sort=distance', backspaces: 4 },
    { kind: 'with a place', query: 'support', filters: 'near=novosibirsk&within=100', clear: true },
    { kind: 'with a place', query: '', filters: 'near=yakutsk&within=50', toggles: 4 },
    // Cyrillic: a name with a typo, a city, a service in an inflected form.
    ...(locale === 'ru'
      ? ([
          { kind: 'typo', query: 'байкл софт', clear: true },
          { kind: 'typing on', query: 'новосибирск', backspaces: 5 },
          { kind: 'several words', query: 'миграции почты' },
        ] satisfies Scenario[])
      : []),
  ];
}

/** One input of a scenario: what the visitor does, the kind it is reported under, the words in the box after it. */
export type Step = { kind: Kind; q: string } & (
  | { action: 'type'; letter: string }
  | { action: 'delete' }
  | { action: 'clear' }
  /** Ticks or unticks one of the panel's filters: the `toggledFilter` of the toggle's number. */
  | { action: 'toggle'; toggle: number }
);

/** Every input of a scenario, in order: the letters typed, the deletions, the clearing and the filter toggles. */
export function steps(scenario: Scenario): Step[] {
  const own = (kind: Kind): Kind => (scenario.kind === 'with a place' ? scenario.kind : kind);
  const letters = [...scenario.query];
  const typed = letters.map((letter, i): Step => ({
    action: 'type',
    letter,
    kind: own(i === 0 ? 'first letter' : scenario.kind),
    q: letters.slice(0, i + 1).join(''),
  }));
  const deleted = Array.from({ length: scenario.backspaces ?? 0 }, (_, i): Step => ({
    action: 'delete',
    kind: own('deleting'),
    q: letters.slice(0, letters.length - i - 1).join(''),
  }));
  const cleared: Step[] = scenario.clear ? [{ action: 'clear', kind: own('clearing'), q: '' }] : [];
  const left = [...typed, ...deleted, ...cleared].at(-1)?.q ?? '';
  const toggled = Array.from({ length: scenario.toggles ?? 0 }, (_, toggle): Step => ({
    action: 'toggle',
    toggle,
    kind: own('filter toggle'),
    q: left,
  }));
  return [...typed, ...deleted, ...cleared, ...toggled];
}

/** Which of the panel's filter boxes a toggle clicks: the first ones, every third, ticked in turn, then unticked. */
export function toggledFilter(toggle: number, toggles: number): number {
  const half = Math.ceil(toggles / 2);
  return toggle < half ? toggle * 3 : (toggle - half) * 3;
}

/** The whole partner records, as a directory without this project's index would search them. */
export function fullRecords(data: DirectoryData) {
  return data.partners.map((partner) => ({
    name: partner.name,
    city: partner.offices.map((office) => data.cities[office]?.label ?? '').join(' '),
    summary: partner.summary,
    ...Object.fromEntries(
      directorySearch.facets.map((key) => [
        key,
        partner.values[key].map((value) => data.facets[key][value]?.label ?? ''),
      ]),
    ),
  }));
}
