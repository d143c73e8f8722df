/** The text index over documents written in Russian and in English. */
import { describe, expect, it } from 'vitest';
import { buildTextIndex, searchText, suggestQuery } from './text-index.ts';

const docs = [
  [
    { text: 'Байкал Диджитал', weight: 1 },
    { text: 'Иркутск', weight: 0.9 },
    { text: 'Миграция почты для производственных компаний', weight: 0.5 },
  ],
  [
    { text: 'Volga IT Group', weight: 1 },
    { text: 'Kazan', weight: 0.9 },
    { text: 'Mail migration and support', weight: 0.5 },
  ],
  [
    { text: 'Тайга Телеком', weight: 1 },
    { text: 'Новосибирск', weight: 0.9 },
    { text: 'Хостинг и телефония', weight: 0.5 },
  ],
  [
    { text: 'Akadem Pixel', weight: 1 },
    { text: 'Novosibirsk', weight: 0.9 },
    { text: 'Implementation for startups', weight: 0.5 },
  ],
  [
    { text: 'Ёлкин Софт', weight: 1 },
    { text: 'Казань', weight: 0.9 },
    { text: 'Внедрение и поддержка', weight: 0.5 },
  ],
];
const index = buildTextIndex(docs);
const found = (query: string) =>
  [...searchText(index, query).scores].flatMap((score, doc) => (score > 0 ? [doc] : [])).sort();

describe('a search over two scripts', () => {
  it.each([
    ['novosibirsk', [2, 3]],
    ['Новосибирск', [2, 3]],
    ['НОВОСИБИРСК', [2, 3]],
    ['kazan', [1, 4]],
    ['Казань', [1, 4]],
    ['irkutsk', [0]],
    ['baikal', [0]],
    ['Тайга', [2]],
    ['taiga', [2]],
  ])('%s finds the partners written either way', (query, docs) => {
    expect(found(query)).toEqual(docs);
  });

  it('takes ё and е as one letter', () => {
    expect(found('Елкин')).toEqual([4]);
    expect(found('ёлкин')).toEqual([4]);
  });

  it('finds a Russian word in any of its forms', () => {
    const forms = ['миграция', 'миграции', 'миграцию', 'миграцией'].map(found);
    expect(forms[0]).toContain(0);
    for (const result of forms) expect(result).toEqual(forms[0]);
    expect(found('почты')).toEqual(found('почту'));
    expect(found('почтой')).toContain(0);
  });

  it('forgives one typo in a Cyrillic name', () => {
    expect(found('Байкл')).toContain(0);
    expect(found('Тайгаа')).toContain(2);
  });

  it('suggests words as the documents write them, not as the index holds them', () => {
    expect(suggestQuery(index, 'Новосибрск хстинг')).toBe('новосибирск хостинг');
    expect(suggestQuery(index, 'Ирктск')).toBe('иркутск');
  });

  it('suggests in the script the visitor types in, whichever document came first', () => {
    // «Новосибирск» is written first (document 2), "Novosibirsk" later (document 3).
    expect(suggestQuery(index, 'novsbrsk')).toBe('novosibirsk');
    expect(suggestQuery(index, 'Новсибирск')).toBe('новосибирск');
    // Only in Cyrillic: suggested in Latin letters to a visitor typing in them, a spelling the search finds.
    expect(suggestQuery(index, 'irktsk')).toBe('irkutsk');
    expect(searchText(index, 'irkutsk').scores[0]).toBeGreaterThan(0);
    // Only in Latin letters: suggested as written.
    expect(suggestQuery(index, 'Казн')).toBe('казань');
    expect(suggestQuery(index, 'Kazn')).toBe('kazan');
  });

  it('names the words that matched nothing as they were typed', () => {
    expect(searchText(index, 'Хостинг Zzyzx').unmatched).toEqual(['zzyzx']);
  });
});
