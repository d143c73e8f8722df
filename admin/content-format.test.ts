/**
 * Content files are written the way the CMS writes them, so a commit made
 * from the CMS shows only what the editor changed: Decap's own formatters
 * (YAML for data files, front matter for Markdown) must give back every file
 * unchanged, with fields in the order the CMS saves them. After editing
 * content by hand, `npm run format:content` rewrites the files in that form.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { frontmatterYAML } from 'decap-cms-core/dist/esm/formats/frontmatter';
import yamlFormat from 'decap-cms-core/dist/esm/formats/yaml';
import { describe, expect, it } from 'vitest';
import { contentFiles, translatedCollections, type TranslatedCollection } from '../src/content.config';
import { DEFAULT_LOCALE, LOCALES } from '../src/lib/i18n/locales';
import { sampleFiles } from '../tests/sample-content';
import { collectionFields, type CollectionName } from './config';

const names = Object.keys(contentFiles) as CollectionName[];
const rewrite = process.env.WRITE_CONTENT === '1';

/** The file as the CMS would save it after opening it and changing nothing. */
function asCmsWrites(name: CollectionName, text: string): string {
  const order = collectionFields(name).map((field) => field.name);
  if (contentFiles[name].extension === 'md') {
    const format = frontmatterYAML();
    return format.toFile(format.fromFile(text), order);
  }
  return yamlFormat.toFile(yamlFormat.fromFile(text), order);
}

const files = (name: CollectionName) =>
  (translatedCollections.includes(name as TranslatedCollection) ? LOCALES : ([DEFAULT_LOCALE] as const)).flatMap(
    (locale) => sampleFiles(name, locale).map((file) => [file.path]),
  );

describe.each(names)('%s files as the CMS writes them, in every language', (name) => {
  it.each(files(name))('%s', (path) => {
    const text = readFileSync(join(process.cwd(), path), 'utf8');
    const written = asCmsWrites(name, text);
    if (rewrite && written !== text) writeFileSync(path, written);
    else expect(written).toBe(text);
  });
});
