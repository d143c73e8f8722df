import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { transliterate } from '../transliterate.ts';
import { slugify } from '../slug.ts';
import { searchForm } from './scripts.ts';

const form = (text: string) => searchForm(normalize(text));

describe('slugify', () => {
  it.each([
    ['Baikal Digital, LLC', 'baikal-digital-llc'],
    ['Байкал Софт Системы', 'baykal-soft-sistemy'],
    ['Ёлки-Палки ИТ', 'elki-palki-it'],
    ['Қарағанды Тех', 'karagandy-tekh'],
    ['<script>', 'script'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('always gives an address-safe slug', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(slugify(name)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
      }),
    );
  });
});

describe('transliterate', () => {
  it.each([
    ['новосибирск', 'novosibirsk'],
    ['екатеринбург', 'ekaterinburg'],
    ['нижний', 'nizhniy'],
    ['щука', 'shchuka'],
    ['хабаровск', 'khabarovsk'],
    ['казань', 'kazan'],
    ['алматы', 'almaty'],
    ['қарағанды', 'karagandy'],
    ['polynya', 'polynya'],
  ])('%s → %s', (word, latin) => {
    expect(transliterate(word)).toBe(latin);
  });
});

describe('searchForm', () => {
  it('gives one form for the inflections of a Russian word', () => {
    const forms = ['миграция', 'миграции', 'миграцию', 'миграцией'].map(form);
    expect(new Set(forms).size).toBe(1);
    expect(new Set(['почта', 'почты', 'почту', 'почтой'].map(form)).size).toBe(1);
  });

  it('meets a city written in either script', () => {
    expect(form('Новосибирск')).toBe(form('Novosibirsk'));
    expect(form('Казань')).toBe(form('Kazan'));
    expect(form('Ёлкино')).toBe(form('Елкино'));
  });

  it('leaves Latin words alone and short Cyrillic words unstemmed', () => {
    expect(form('Migration')).toBe('migration');
    expect(form('ИТ')).toBe('it');
    expect(form('ООО')).toBe('ooo');
  });

  it('always gives a non-empty word without Cyrillic letters for a Cyrillic word', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[а-яё]{1,20}$/), (word) => {
        const result = form(word);
        expect(result).not.toMatch(/[\u0400-\u04ff]/);
        expect(result.length > 0 || /^[ъь]+$/.test(word)).toBe(true);
      }),
    );
  });
});
