/**
 * Reads the sample content under content/ the way the build does (same
 * folders, same schemas), for unit tests that need real entries without a
 * build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { collections, contentFiles, contentFolder } from '../src/content.config';
import { DEFAULT_LOCALE, type Locale } from '../src/lib/i18n/locales';

export type CollectionName = keyof typeof contentFiles;

/** Front matter of a Markdown file, or the whole of a YAML file. */
export function readData(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.md')) return parseYaml(text);
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${path} has no front matter`);
  return parseYaml(match[1] ?? '');
}

export function schemaOf(name: CollectionName) {
  const schema = collections[name].schema;
  if (!schema || typeof schema === 'function') throw new Error(`${name} has no plain schema`);
  return schema;
}

/** The files of a collection in a language (the default: the entries themselves; others: their translations). */
export function sampleFiles(name: CollectionName, locale: Locale = DEFAULT_LOCALE): { id: string; path: string }[] {
  const { extension } = contentFiles[name];
  const dir = contentFolder(name, locale);
  return readdirSync(dir)
    .filter((file) => file.endsWith(`.${extension}`))
    .sort()
    .map((file) => ({ id: file.slice(0, -extension.length - 1), path: join(dir, file) }));
}

/** The raw data of one sample file, to mutate into a malformed example. */
export function sampleData(name: CollectionName, id: string): Record<string, unknown> {
  return readData(join(contentFolder(name), `${id}.${contentFiles[name].extension}`)) as Record<string, unknown>;
}

/** Every entry of a collection, parsed by its schema, shaped like a content entry. */
export function sampleEntries<T = Record<string, unknown>>(name: CollectionName) {
  return sampleFiles(name).map(({ id, path }) => ({
    id,
    collection: name,
    filePath: path,
    data: schemaOf(name).parse(readData(path)) as T,
  }));
}
