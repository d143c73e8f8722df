import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexForms } from './scripts.ts';
import { tokenize } from './normalize.ts';
import {
  buildTextIndex,
  editDistance,
  nextLetters,
  searchText,
  suggestQuery,
  textIndexSteps,
  withinOneTypo,
} from './text-index.ts';
import { finished } from '../steps.ts';

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

  it('keeps the documents matching the most words when none matches them all, and says which words it ignored', () => {
    const result = searchText(index, 'baikal zzzz');
    expect(result.unmatched).toEqual(['zzzz']);
    expect(result.partial).toBe(true);
    expect(result.count).toBe(1);
    expect(searchText(index, 'baikal digital').partial).toBe(false);
  });

  it('forgives one typo in a three-letter word when the other words pin the document down', () => {
    expect(matched('Taiga Netwroks Hsting')).toEqual([3]);
  });

  it('matches nothing when no word matches at all', () => {
    expect(searchText(index, 'zzzz qqqq').count).toBe(0);
  });

  it('does not let short words match by typo', () => {
    expect(matched('it')).toEqual([1]);
    expect(matched('ot')).toEqual([]);
  });
});

describe('textIndexSteps', () => {
  const many = Array.from({ length: 11 }, (_, i) => docs[i % docs.length] ?? []);

  it.each([1, 3, 5, 11, 12])(
    'pauses after each full slice of %i documents, and after each part of the rest',
    (slice) => {
      const steps = textIndexSteps(many, slice);
      let pauses = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) pauses += 1;
      // A pause per full slice of documents; the words sorted, a step for those of each first letter; their lists;
      // the words by length; and a typo index per word length.
      const { words, fuzzyByLength } = step.value;
      const firstLetters = new Set(words.map((word) => word.charCodeAt(0))).size;
      const slices = Math.floor(many.length / slice);
      const listPauses = pauses - (slices + firstLetters + 1 + fuzzyByLength.size);
      // The lists are copied in at most as many steps as the documents took, and not in one where they took several.
      expect(listPauses).toBeLessThanOrEqual(slices);
      expect(listPauses).toBeGreaterThanOrEqual(slices > 1 ? 1 : 0);
      // In code-unit order, as binary search compares them.
      expect(words).toEqual([...words].sort());
    },
  );

  it('lists for each word every document that holds it, with the weight of its best field there', () => {
    const words = ['mail', 'migration', 'kazan', 'support', 'почта', 'миграции', 'IT'];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }).map((picked) => picked.join(' '));
    const field = fc.record({ text, weight: fc.constantFrom(1, 0.7, 0.5, 0.35) });
    fc.assert(
      fc.property(
        // Fields shared by several documents (the same object, as a filter value's label is) and fields of one.
        fc.array(field, { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(fc.oneof(fc.nat(3), field), { maxLength: 5 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        (shared, drawn, slice) => {
          const documents = drawn.map((fields) =>
            fields.map((one) => (typeof one === 'number' ? (shared[one % shared.length] ?? one) : one)),
          ) as { text: string; weight: number }[][];
          const built = finished(textIndexSteps(documents, slice));
          // The same, worked out plainly: each form of each word of each field, its best weight per document.
          const expected = new Map<string, Map<number, number>>();
          documents.forEach((fields, doc) =>
            fields.forEach(({ text: written, weight }) =>
              tokenize(written)
                .flatMap(indexForms)
                .forEach((form) => {
                  const docs = expected.get(form) ?? new Map<number, number>();
                  expected.set(form, docs.set(doc, Math.max(docs.get(doc) ?? 0, weight)));
                }),
            ),
          );
          expect(built.words).toEqual([...expected.keys()].sort((a, b) => (a < b ? -1 : 1)));
          built.words.forEach((word, id) => {
            const docs = [...(expected.get(word) ?? new Map<number, number>())].sort(([a], [b]) => a - b);
            expect([...(built.postings[id]?.docs ?? [])]).toEqual(docs.map(([doc]) => doc));
            expect([...(built.postings[id]?.weights ?? [])]).toEqual(docs.map(([, weight]) => Math.fround(weight)));
          });
        },
      ),
    );
  });

  it.each([1, 3, 5])('builds, in slices of %i documents, the index built at once', (slice) => {
    const { words, surfaces, postings, size } = buildTextIndex(many);
    const stepped = finished(textIndexSteps(many, slice));
    expect(stepped).toMatchObject({ words, surfaces, postings, size });
    expect(searchText(stepped, 'novsibirsk hosting')).toEqual(searchText(buildTextIndex(many), 'novsibirsk hosting'));
  });
});

describe('suggestQuery', () => {
  it('offers the closest words for a query that found nothing', () => {
    expect(suggestQuery(index, 'novsbrsk hostng')).toBe('novosibirsk hosting');
  });

  it('prefers the word fewest edits away', () => {
    const cities = buildTextIndex([[{ text: 'Krasnoyarsk', weight: 1 }], [{ text: 'Novosibirsk', weight: 1 }]]);
    expect(suggestQuery(cities, 'novsbrsk')).toBe('novosibirsk');
  });

  it('offers nothing when there is nothing close', () => {
    expect(suggestQuery(index, 'qwxz')).toBeUndefined();
  });
});

describe('nextLetters', () => {
  it.each([
    // "implementation" is in two documents, "irkutsk" and "it" in one each.
    ['i', 3, ['m', 'r', 't']],
    ['i', 1, ['m']],
    ['impl', 3, ['e']],
    ['Impl', 3, ['e']],
    // After a space, or anything but a letter, a word begins.
    ['mail ', 1, ['i']],
    ['mail-', 1, ['i']],
    // Words beginning with i are in four documents' fields, with a in three.
    ['', 2, ['i', 'a']],
    // Nothing goes on from a word that none begins with, or from a whole word no other extends.
    ['implementaton', 3, []],
    ['kazan', 3, []],
    ['i', 0, []],
    ['i', -1, []],
  ])('after %j, the %i likeliest are %j', (typed, limit, expected) => {
    expect(nextLetters(index, typed, limit)).toEqual(expected);
  });

  it('goes on in the script the visitor types in', () => {
    const russian = buildTextIndex([
      [{ text: 'Внедрение и поддержка', weight: 1 }],
      [{ text: 'Внедрения почты', weight: 1 }],
    ]);
    expect(nextLetters(russian, 'внед', 2)).toEqual(['р']);
    // Each inflection as written goes on: «внедрение», «внедрения».
    expect(nextLetters(russian, 'ВНЕДРЕНИ', 2).sort()).toEqual(['е', 'я']);
  });

  it('reads hostile text as text: markup, lookalikes and surrogate pairs go on from nothing', () => {
    const hostile = buildTextIndex([[{ text: '<script>alert(1)</script> 𝓂ail раураl', weight: 1 }]]);
    expect(nextLetters(hostile, '<scr', 2)).toEqual(['i']);
    // A Cyrillic "а" in a Latin word: the word written so, not the Latin one.
    expect(nextLetters(hostile, 'раур', 2)).toEqual(['а']);
    expect(nextLetters(hostile, 'payp', 2)).toEqual([]);
    expect(nextLetters(hostile, '', 5)).toEqual(expect.arrayContaining(['𝓂']));
  });

  it('names only letters that go on from a word of the index, in at most the number asked', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 6 }), (typed, limit) => {
        const letters = nextLetters(index, typed, limit);
        expect(letters.length).toBeLessThanOrEqual(limit);
        expect(new Set(letters).size).toBe(letters.length);
        for (const letter of letters) {
          const last = /[\p{L}\p{N}]$/u.test(typed) ? (tokenize(typed).at(-1) ?? '') : '';
          expect(
            index.surfaces.some(({ latin, cyrillic }) =>
              [latin, cyrillic].some((word) => word?.startsWith(last + letter)),
            ),
          ).toBe(true);
        }
      }),
    );
  });
});

describe('withinOneTypo', () => {
  it.each([
    ['data', 'data', true],
    ['data', 'dta', true],
    ['data', 'daata', true],
    ['data', 'dtaa', true],
    ['data', 'date', true],
    ['data', 'atad', false],
    ['data', 'dt', false],
    ['team', 'tem', true],
    ['tech', 'teh', true],
    ['kazan', 'kazna', true],
    ['kazan', 'kaazn', true],
    ['kazan', 'kznaa', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(withinOneTypo(a, b)).toBe(expected);
    expect(withinOneTypo(b, a)).toBe(expected);
  });
});

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['novsbrsk', 'novosibirsk', 3],
    ['abcd', 'acbd', 1],
    ['ab', 'ba', 1],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});
