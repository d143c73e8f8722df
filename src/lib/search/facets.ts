/**
 * Faceted filtering with counts, for any list whose items carry facet values
 * as small integers. Within a facet the chosen values are alternatives (OR);
 * across facets they all apply (AND). The count next to a value is how many
 * items would match if that value were added, under the query and the other
 * facets' filters: the usual "disjunctive" facet counts.
 */

export type FacetValues<K extends string> = Readonly<Record<K, readonly number[]>>;

export interface FacetItem<K extends string> {
  values: FacetValues<K>;
}

/** Chosen value indices per facet; a facet with none chosen does not filter. */
export type FacetSelection<K extends string> = Partial<Record<K, readonly number[]>>;

export interface FacetResult<K extends string> {
  /** Indices (into the item list) of the items that pass every filter, in candidate order. */
  matches: number[];
  /** Per facet, per value: items that match the other facets' filters and carry the value. */
  counts: Record<K, Uint32Array>;
}

export function filterWithCounts<K extends string>(
  items: readonly FacetItem<K>[],
  candidates: Iterable<number>,
  selection: FacetSelection<K>,
  valueCounts: Readonly<Record<K, number>>,
): FacetResult<K> {
  const keys = Object.keys(valueCounts) as K[];
  const counts = Object.fromEntries(keys.map((key) => [key, new Uint32Array(valueCounts[key])])) as Record<
    K,
    Uint32Array
  >;
  const active = keys
    .map((key) => ({ key, chosen: selection[key] ?? [] }))
    .filter(({ chosen }) => chosen.length > 0)
    .map(({ key, chosen }) => {
      const wanted = new Uint8Array(valueCounts[key]);
      for (const value of chosen) if (value >= 0 && value < wanted.length) wanted[value] = 1;
      return { key, wanted };
    });

  const matches: number[] = [];
  for (const index of candidates) {
    const item = items[index];
    if (!item) continue;
    let failed: K | undefined;
    let failures = 0;
    for (const { key, wanted } of active) {
      if (!item.values[key].some((value) => wanted[value] === 1)) {
        failures += 1;
        failed = key;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      matches.push(index);
      for (const key of keys) for (const value of item.values[key]) increment(counts[key], value);
    } else if (failures === 1 && failed !== undefined) {
      for (const value of item.values[failed]) increment(counts[failed], value);
    }
  }
  return { matches, counts };
}

function increment(counts: Uint32Array, value: number): void {
  if (value >= 0 && value < counts.length) counts[value] = (counts[value] ?? 0) + 1;
}
