import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listingPages, pageHref } from './paging';

describe('listingPages', () => {
  it('splits a list into full pages and a last one', () => {
    const pages = listingPages([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => [page.current, page.last])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('makes one empty page of an empty list', () => {
    expect(listingPages([], 24)).toEqual([{ current: 1, last: 1, items: [] }]);
  });

  it('keeps every item once, in order, with no page over the size', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 30 }), (items, size) => {
        const pages = listingPages(items, size);
        expect(pages.flatMap((page) => page.items)).toEqual(items);
        expect(pages.every((page) => page.items.length <= size)).toBe(true);
      }),
    );
  });

  it('stops after the most pages asked for, each still full and the last one last', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer()),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 5 }),
        (items, size, most) => {
          const pages = listingPages(items, size, most);
          expect(pages.length).toBeLessThanOrEqual(most);
          expect(pages.flatMap((page) => page.items)).toEqual(items.slice(0, most * size));
          expect(pages.every((page) => page.last === pages.length)).toBe(true);
        },
      ),
    );
  });
});

describe('pageHref', () => {
  it('leaves page 1 at the base address', () => {
    expect(pageHref('/partners/', 'page/')(1)).toBe('/partners/');
    expect(pageHref('/partners/', 'page/')(3)).toBe('/partners/page/3/');
    expect(pageHref('/partners/services/security/')(2)).toBe('/partners/services/security/2/');
  });
});
