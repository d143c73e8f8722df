/**
 * The CMS's fast reading of Markdown files gives what Decap's own reading gives: on every content file, on
 * generated partners, on the hostile corpus, on values of every kind as Decap writes them, and on YAML written by
 * hand in shapes Decap would not write. What js-yaml refuses, Decap refuses. What only Decap refuses (js-yaml is
 * more lenient with a list indented unevenly, say), the CMS reads as the site's build does, with js-yaml.
 */
import { readFileSync } from 'node:fs';
import { FrontmatterInfer } from 'decap-cms-core/dist/esm/formats/frontmatter';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { generatePartners, readTaxonomies, toMarkdown } from '../scripts/generate-partners';
import { contentFiles, translatedCollections, type TranslatedCollection } from '../src/content.config';
import { DEFAULT_LOCALE, LOCALES } from '../src/lib/i18n/locales';
import { failingCases, inertCases, wideCases } from '../tests/hostile/corpus';
import { sampleFiles } from '../tests/sample-content';
import type { CollectionName } from './config';
import { fastRead, frontMatter } from './front-matter';

/** Decap's reading, or the message it refuses with. */
function decapReads(content: string): unknown {
  try {
    return FrontmatterInfer.fromFile(content);
  } catch (error) {
    return { refused: String(error) };
  }
}
function oursReads(content: string): unknown {
  try {
    return frontMatter.fromFile(content);
  } catch (error) {
    return { refused: String(error) };
  }
}

const markdownFiles = (Object.keys(contentFiles) as CollectionName[])
  .filter((name) => contentFiles[name].extension === 'md')
  .flatMap((name) =>
    (translatedCollections.includes(name as TranslatedCollection) ? LOCALES : ([DEFAULT_LOCALE] as const)).flatMap(
      (locale) => sampleFiles(name, locale).map((file) => file.path),
    ),
  );

describe('reading Markdown files in the CMS', () => {
  it('reads every content file as Decap does, and the usual ones the fast way', () => {
    expect(markdownFiles.length).toBeGreaterThan(100);
    let fast = 0;
    for (const path of markdownFiles) {
      const text = readFileSync(path, 'utf8');
      expect(oursReads(text), path).toEqual(decapReads(text));
      if (fastRead(text)) fast += 1;
    }
    // Nothing in the sample content is of a shape left to Decap, bar the odd summary with an asterisk or a bang.
    expect(fast / markdownFiles.length).toBeGreaterThan(0.9);
  });

  it('reads 2,000 generated partners as Decap does, all of them the fast way', () => {
    const partners = generatePartners(2000, 3, readTaxonomies(), new Date(Date.UTC(2026, 10, 1))).map(toMarkdown);
    for (const text of partners) {
      expect(fastRead(text)).toEqual(decapReads(text));
    }
  });

  it('reads the hostile corpus as Decap does, refusing what Decap refuses', () => {
    const texts = [...inertCases, ...wideCases, ...failingCases].flatMap((hostile) => [
      hostile.markdown,
      ...Object.values('files' in hostile ? (hostile.files ?? {}) : {}),
    ]);
    expect(texts.length).toBeGreaterThan(30);
    for (const text of texts) expect(oursReads(text)).toEqual(decapReads(text));
  });

  it('leaves to Decap the YAML the two parsers could read differently', () => {
    const left = [
      'a: &x 1\nb: *x',
      'a: !!str 1',
      '%YAML 1.2\n---\na: 1',
      'base: {a: 1}\nmore:\n  <<: {b: 2}',
      '? [a, b]\n: c',
      'n: 1_000',
      'n: 0b101',
      'a:\tb',
      'a: b\r\nc: d',
      '__proto__: {admin: true}',
      'list:\n- at its key\u2019s column',
      'a:\n- b:\n  - c\n- d:',
      'text: |\n  a block',
    ];
    for (const matter of left) {
      const text = `---\n${matter}\n---\nBody\n`;
      expect(fastRead(text), matter).toBeUndefined();
      expect(oursReads(text)).toEqual(decapReads(text));
    }
  });

  it('reads any values as Decap does after Decap has written them', () => {
    const key = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,12}$/);
    const scalar = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({
        unit: fc.constantFrom(...'-:#&*!|>\'"%@`{}[],?~ \n 0123456789.eEtrufalsnyoTRUEFALSNYO_xb+'),
        maxLength: 30,
      }),
      fc.integer(),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.constant(null),
      fc.date({ noInvalidDate: true, min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)) }),
    );
    const value = fc.letrec((tie) => ({
      any: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('any'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('any'), { maxKeys: 4 }),
    })).any;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), fc.string({ maxLength: 80 }), (data, body) => {
        const text = FrontmatterInfer.toFile({ ...data, ...(body.trim() && { body }) });
        expect(oursReads(text)).toEqual(decapReads(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads YAML written by hand as Decap does, or leaves it to Decap', () => {
    // Decap warns on the console of odd YAML it still reads.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const line = fc.tuple(
      fc.constantFrom('', '  ', '- ', '  - '),
      fc.stringMatching(/^[a-z]{1,6}$/),
      fc.constantFrom(': ', ':', ' : ', ': |\n    ', ': >-\n    ', ':\n  - '),
      fc.string({ unit: fc.constantFrom(...'-:#&*!|>\'"%@`{}[],?~ \\ab0123456789.eE+xo_TrueNl'), maxLength: 24 }),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const matter = lines.map((parts) => parts.join('')).join('\n');
        const text = `---\n${matter}\n---\nBody\n`;
        const decap = decapReads(text) as { refused?: string };
        if (decap.refused === undefined || !fastRead(text)) expect(oursReads(text)).toEqual(decap);
        else expect(oursReads(text)).toEqual({ ...(load(matter) as object), body: 'Body\n' });
      }),
      // A lone `!` tag on an empty item, which Decap reads as null and js-yaml as '', is always among the runs.
      { numRuns: 5000, examples: [[[['', 'a', ': ', '[! ]']]]] },
    );
  });
});
