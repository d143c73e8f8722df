import { describe, expect, it } from 'vitest';
import { buildTextIndex, searchText, suggestQuery } from './text-index';

const docs = [
  [
    { text: 'Baikal Digital', weight: 1 },
    { text: 'Irkutsk', weight: 0.9 },
    { text: 'Mail migration for manufacturers', weight: 0.5 },
  ],
  [
    { text: 'Volga IT Group', weight: 1 },
    { text: 'Kazan', weight: 0.9 },
    { text: 'Implementation and support', weight: 0.5 },
  ],
  [
    { text: 'Akadem Pixel', weight: 1 },
    { text: 'Novosibirsk', weight: 0.9 },
    { text: 'Implementation for startups', weight: 0.5 },
  ],
  [
    { text: 'Taiga Networks', weight: 1 },
    { text: 'Novosibirsk', weight: 0.9 },
    { text: 'Hosting and telephony', weight: 0.5 },
  ],
];
const index = buildTextIndex(docs);
const matched = (query: string) => {
  const { scores } = searchText(index, query);
  return [...scores]
    .map((score, doc) => ({ score, doc }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((r) => r.doc);
};

describe('searchText', () => {
  it('matches every document for an empty query', () => {
    expect(searchText(index, '  ').count).toBe(4);
  });

  it.each([
    ['exact word', 'baikal', [0]],
    ['prefix of the word being typed', 'novos', [2, 3]],
    ['a typo (missing letter)', 'implementaton', [1, 2]],
    ['a typo (swapped letters)', 'Novosibirks', [2, 3]],
    ['a typo in a name', 'Baikla Digital', [0]],
    ['case and accents', 'KAZÁN', [1]],
    ['every word must match', 'novosibirsk hosting', [3]],
  ])('finds by %s', (_case, query, expected) => {
    expect(matched(query).sort()).toEqual([...expected].sort());
  });

  it('ranks a name match above a description match', () => {
    const ranked = buildTextIndex([
      [{ text: 'Helpful Support', weight: 0.5 }],
      [{ text: 'Support Bureau', weight: 1 }],
    ]);
    const { scores } = searchText(ranked, 'support');
    expect(scores[1]).toBeGreaterThan(scores[0] ?? 0);
  });

  it('ranks an exact word above a typo match', () => {
    const ranked = buildTextIndex([[{ text: 'Kazna', weight: 1 }], [{ text: 'Kazan', weight: 1 }]]);
    const { scores } = searchText(ranked, 'kazan');
    expect(scores[1]).toBeGreaterThan(scores[0] ?? 0);
  });

  it('reports the query words that match nothing', () => {
    expect(searchText(index, 'baikal zzzz').unmatched).toEqual(['zzzz']);
    expect(searchText(index, 'baikal zzzz').count).toBe(0);
  });

  it('does not let short words match by typo', () => {
    expect(matched('it')).toEqual([1]);
    expect(matched('ot')).toEqual([]);
  });
});

describe('suggestQuery', () => {
  it('offers the closest words for a query that found nothing', () => {
    expect(suggestQuery(index, 'novsbrsk hostng')).toBe('novosibirsk hosting');
  });

  it('offers nothing when there is nothing close', () => {
    expect(suggestQuery(index, 'qwxz')).toBeUndefined();
  });
});
