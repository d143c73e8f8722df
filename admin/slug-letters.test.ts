import { sanitizeSlug } from 'decap-cms-core/dist/esm/lib/urlHelper.js';
import { describe, expect, it } from 'vitest';
import { SLUG } from './config';

/**
 * Decap's own slug function, with the site's slug settings, as the CMS runs it
 * for a new entry's file name. If Decap stops calling `diacritics` (where
 * slug-letters.ts steps in), the Cyrillic cases fail here first.
 */
const fileName = (title: string) =>
  // Decap's `prepareSlug` first (formatters.js, which needs a browser to load), then its `sanitizeSlug`.
  sanitizeSlug(title.trim().toLocaleLowerCase().replace(/'/g, '').replace(/\./g, '-'), SLUG);

describe('file names of new entries', () => {
  it.each([
    ['Тайга Телеком', 'tayga-telekom'],
    ['«Байкал Софт»', 'baykal-soft'],
    ['ООО «Ёлка-Сервис»', 'ooo-elka-servis'],
    ['Қазақ Цифра', 'kazak-tsifra'],
    ['Crème Systèmes', 'creme-systemes'],
    ['Volga Code', 'volga-code'],
  ])('%s is saved as %s.md', (title, slug) => {
    expect(fileName(title)).toBe(slug);
  });

  it('keeps nothing a path or a script could use', () => {
    for (const title of ['../../etc/passwd', '<script>alert(1)</script>', 'a/b\\c', 'Тайга\u202eмоклеТ', ' . ']) {
      expect(fileName(title)).toMatch(/^[a-z0-9-]*$/);
    }
  });
});
