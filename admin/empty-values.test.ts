import { describe, expect, it } from 'vitest';
import { emptyValuePaths } from './empty-values';

describe('emptyValuePaths', () => {
  it('finds cleared fields at any depth', () => {
    const data = {
      name: 'Tundra Byte',
      website: '',
      phone: null,
      industries: [],
      caseStudies: [
        { title: 'A', url: '' },
        { title: 'B', url: 'https://b.example/' },
      ],
      certifiedStaff: 0,
      featured: false,
    };
    expect(emptyValuePaths(data)).toEqual([['website'], ['phone'], ['caseStudies', 0, 'url']]);
  });

  it('keeps zeros, false, empty lists and dates', () => {
    expect(emptyValuePaths({ a: 0, b: false, c: [], d: new Date(0), e: 'x' })).toEqual([]);
  });

  it('lists later list items first, so removing them one by one keeps the earlier paths valid', () => {
    expect(emptyValuePaths({ list: ['', 'x', ''] })).toEqual([
      ['list', 2],
      ['list', 0],
    ]);
  });
});
