import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
// Not in Astro's public exports: the file patches/astro+*.patch changes.
import { chunkString } from '../node_modules/astro/dist/content/data-store-writer.js';

/**
 * patches/astro+*.patch: Astro cuts its content store into pieces of at most
 * 1 MiB (astro.config.mjs, `collectionStorage`) by weighing every character
 * with a TextEncoder of its own. That took 56 s at 10,000 partners. The patch
 * counts UTF-8 bytes arithmetically. These tests fail if an upgrade of Astro
 * drops the patch or the pieces stop matching what TextEncoder says.
 */
const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text).length;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the patched content store pieces', () => {
  it('are weighed without a TextEncoder per character', () => {
    const encode = vi.spyOn(TextEncoder.prototype, 'encode');
    const pieces = chunkString('Тайга Нетворкс, Kazan. '.repeat(2000), 1024);
    expect(pieces.length).toBeGreaterThan(40);
    expect(encode).not.toHaveBeenCalled();
  });

  it.each([
    ['ASCII', 'a'.repeat(10), 4, ['aaaa', 'aaaa', 'aa']],
    ['Cyrillic, two bytes each', 'жжжж', 5, ['жж', 'жж']],
    ['a pair of surrogates stays whole', 'a😀b', 4, ['a', '😀', 'b']],
    ['a lone surrogate weighs what TextEncoder writes for it (3 bytes)', 'a\uD800b', 4, ['a\uD800', 'b']],
    ['a character larger than the limit still moves on', '😀😀', 2, ['😀', '😀']],
  ])('%s', (_, text, limit, expected) => {
    expect(chunkString(text, limit)).toEqual(expected);
  });

  it('keep every character, in order, within the limit by TextEncoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 4, max: 64 }), (text, limit) => {
        const pieces = chunkString(text, limit);
        expect(pieces.join('')).toBe(text);
        for (const piece of pieces) expect(bytes(piece)).toBeLessThanOrEqual(limit);
        // Each piece is full: the next character would not have fitted.
        for (const [i, piece] of pieces.slice(0, -1).entries()) {
          const next = pieces[i + 1] as string;
          const nextChar = String.fromCodePoint(next.codePointAt(0) as number).slice(0, next.length);
          expect(bytes(piece) + bytes(nextChar)).toBeGreaterThan(limit);
        }
      }),
    );
  });
});
