/**
 * The build's checks across an entry and its translations: a translation for
 * every entry where the collection requires one, none without an entry, and
 * the same values outside the words (`translationProblems`). Each problem names
 * the file and the field.
 */
import type { z } from 'astro/zod';
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
    for (const problem of translationProblems(set.schema, original.data, translation.data)) {
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

export function describeTranslationProblems(problems: FileProblem[]): string {
  const lines = problems.map(({ file, field, message }) => `  ${file}${field ? ` → ${field}` : ''}: ${message}`);
  return `Translations do not match their entries:\n${lines.join('\n')}`;
}
