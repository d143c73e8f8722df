/**
 * The build's checks across an entry and its translations: a translation for
 * every entry where the collection requires one, none without an entry, and
 * the same values outside the words (`translationProblems`). Each problem names
 * the file and the field.
 */
import type { z } from 'astro/zod';
import { differentAmounts } from './amounts.ts';
import { DEFAULT_LOCALE, isLocale, LOCALE_SETTINGS, type Locale } from './locales.ts';
import { translationProblems } from './translations.ts';

interface Entry {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: Record<string, unknown>;
}

export interface TranslationSet {
  /** The collection's name and the folder of its files, such as content/tiers. */
  name: string;
  folder: string;
  extension: string;
  locale: string;
  schema: z.ZodType;
  originals: Entry[];
  translations: Entry[];
  /** Whether every entry must have this translation; if not, a missing one shows the original with a note. */
  required: boolean;
}

export interface FileProblem {
  file: string;
  field?: string;
  message: string;
}

export function findTranslationProblems(set: TranslationSet): FileProblem[] {
  const problems: FileProblem[] = [];
  const fileOf = (id: string) => `${set.folder}/${set.locale}/${id}.${set.extension}`;
  const translations = new Map(set.translations.map((entry) => [entry.id, entry]));
  const originals = new Set(set.originals.map((entry) => entry.id));
  for (const original of set.originals) {
    const translation = translations.get(original.id);
    if (!translation) {
      if (set.required) {
        problems.push({
          file: fileOf(original.id),
          message: `is missing: every entry of ${set.name} needs its text in "${set.locale}" (${original.filePath ?? original.id} has none)`,
        });
      }
      continue;
    }
    const problemsHere = [
      ...translationProblems(set.schema, original.data, translation.data),
      ...(isLocale(set.locale) ? amountProblems(original.data, translation.data, set.locale) : []),
    ];
    for (const problem of problemsHere) {
      problems.push({ file: translation.filePath ?? fileOf(original.id), ...problem });
    }
    if (original.body?.trim() && !translation.body?.trim()) {
      problems.push({
        file: translation.filePath ?? fileOf(original.id),
        field: 'body',
        message: 'Must be translated: the original has a body',
      });
    }
  }
  for (const translation of set.translations) {
    if (!originals.has(translation.id)) {
      problems.push({
        file: translation.filePath ?? fileOf(translation.id),
        message: `translates an entry that does not exist (${set.folder}/${translation.id}.${set.extension})`,
      });
    }
  }
  return problems;
}

/** Every text of a translation with its path, such as `requirements.1.value`. */
function* texts(value: unknown, path: string[] = []): Generator<[string[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value))
    for (const [index, item] of value.entries()) yield* texts(item, [...path, String(index)]);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* texts(item, [...path, key]);
  }
}

const at = (value: unknown, path: string[]): unknown =>
  path.reduce<unknown>((current, key) => (current as Record<string, unknown> | undefined)?.[key], value);

/** Translated texts whose amounts are not the original's, as `amounts.ts` reads them in each language. */
function amountProblems(original: object, translation: object, locale: Locale) {
  const format = (amounts: number[], language: Locale) =>
    amounts.map((amount) => new Intl.NumberFormat(LOCALE_SETTINGS[language].intl).format(amount)).join(', ');
  const problems: { field: string; message: string }[] = [];
  for (const [path, text] of texts(translation)) {
    const theirs = at(original, path);
    if (typeof theirs !== 'string') continue;
    const { missing, extra } = differentAmounts(theirs, DEFAULT_LOCALE, text, locale);
    if (missing.length === 0 && extra.length === 0) continue;
    problems.push({
      field: path.join('.'),
      message: `Must hold the same numbers as the original, written the way this language writes them (${[
        missing.length > 0 ? `missing: ${format(missing, locale)}` : '',
        extra.length > 0 ? `not in the original: ${format(extra, locale)}` : '',
      ]
        .filter(Boolean)
        .join('; ')})`,
    });
  }
  return problems;
}

export function describeTranslationProblems(problems: FileProblem[]): string {
  const lines = problems.map(({ file, field, message }) => `  ${file}${field ? ` → ${field}` : ''}: ${message}`);
  return `Translations do not match their entries:\n${lines.join('\n')}`;
}
