import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterWithCounts, type FacetItem, type FacetSelection } from './facets.ts';

type Key = 'colour' | 'size';
const valueCounts = { colour: 3, size: 2 } as const;
const item = (colour: number[], size: number[]): FacetItem<Key> => ({ values: { colour, size } });
const items = [item([0], [0]), item([1], [0]), item([0, 2], [1]), item([2], [1])];
const all = [0, 1, 2, 3];

describe('filterWithCounts', () => {
  it('without filters, matches everything and counts every value', () => {
    const { matches, counts } = filterWithCounts(items, all, {}, valueCounts);
    expect([...matches]).toEqual(all);
    expect([...counts.colour]).toEqual([2, 1, 2]);
    expect([...counts.size]).toEqual([2, 2]);
  });

  it('ORs values within a facet and ANDs facets', () => {
    expect(filterWithCounts(items, all, { colour: [0, 1] }, valueCounts).matches).toEqual(Int32Array.from([0, 1, 2]));
    expect(filterWithCounts(items, all, { colour: [0, 1], size: [1] }, valueCounts).matches).toEqual(
      Int32Array.from([2]),
    );
  });

  it('counts a facet’s values under the other facets’ filters only', () => {
    const { counts } = filterWithCounts(items, all, { colour: [1], size: [1] }, valueCounts);
    // colour counts ignore the colour filter but apply size = 1: items 2 and 3
    expect([...counts.colour]).toEqual([1, 0, 2]);
    // size counts ignore the size filter but apply colour = 1: item 1
    expect([...counts.size]).toEqual([1, 0]);
  });

  it('only considers the candidates it is given (the text matches)', () => {
    const { matches, counts } = filterWithCounts(items, [3], {}, valueCounts);
    expect([...matches]).toEqual([3]);
    expect([...counts.colour]).toEqual([0, 0, 1]);
  });

  it('ignores chosen values that do not exist', () => {
    expect(filterWithCounts(items, all, { colour: [7] }, valueCounts).matches).toHaveLength(0);
  });

  const itemArb = fc.record({
    values: fc.record({
      colour: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 3 }),
      size: fc.uniqueArray(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 2 }),
    }),
  });
  const selectionArb = fc.record({
    colour: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { maxLength: 3 }),
    size: fc.uniqueArray(fc.integer({ min: 0, max: 1 }), { maxLength: 2 }),
  });

  it('gives each value the number of results that choosing only it in its facet would show', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 30 }), selectionArb, (list, selection: FacetSelection<Key>) => {
        const indices = list.map((_, i) => i);
        const { counts } = filterWithCounts(list, indices, selection, valueCounts);
        for (const key of ['colour', 'size'] as const) {
          for (let value = 0; value < valueCounts[key]; value += 1) {
            const alone = filterWithCounts(list, indices, { ...selection, [key]: [value] }, valueCounts).matches.length;
            expect(counts[key][value]).toBe(alone);
          }
        }
      }),
    );
  });

  it('never matches an item that fails a filter', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 30 }), selectionArb, (list, selection: FacetSelection<Key>) => {
        const { matches } = filterWithCounts(
          list,
          list.map((_, i) => i),
          selection,
          valueCounts,
        );
        for (const index of matches) {
          for (const key of ['colour', 'size'] as const) {
            const chosen = selection[key] ?? [];
            if (chosen.length > 0) expect(list[index]?.values[key].some((v) => chosen.includes(v))).toBe(true);
          }
        }
      }),
    );
  });

  it('counts the same when the candidates are most items and it counts the others off the totals', () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { minLength: 1, maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (list, kept) => {
          const chosen = list.map((_, i) => i).filter((i) => kept[i] || i % 4 !== 0);
          // A plain array takes the item-by-item path; an ascending Int32Array may take the shortcut.
          const itemByItem = filterWithCounts(list, chosen, {}, valueCounts);
          const shortcut = filterWithCounts(list, Int32Array.from(chosen), {}, valueCounts);
          expect(shortcut).toEqual(itemByItem);
          // Asked twice over the same items (their totals kept), the answer stays the same.
          expect(filterWithCounts(list, Int32Array.from(chosen), {}, valueCounts)).toEqual(itemByItem);
        },
      ),
    );
  });

  it('takes no shortcut for candidates out of order or repeated', () => {
    const repeated = filterWithCounts(items, Int32Array.from([0, 0, 1, 2]), {}, valueCounts);
    expect([...repeated.matches]).toEqual([0, 0, 1, 2]);
    expect([...repeated.counts.colour]).toEqual([3, 1, 1]);
    expect(filterWithCounts(items, Int32Array.from([3, 2, 1]), {}, valueCounts).matches).toEqual(
      Int32Array.from([3, 2, 1]),
    );
  });
});
