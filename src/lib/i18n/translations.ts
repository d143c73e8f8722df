/**
 * Content in several languages: an entry's file holds every field in the
 * default language, and content/<collection>/<locale>/<id> holds the fields
 * marked `translatable` (src/schemas/shared.ts) in that language, with the
 * Markdown body. The translation schema, the merge and the checks across the
 * two files are derived from the same markers, so a rate or a file cannot
 * differ between languages.
 */
import { z } from 'astro/zod';

type Schema = z.ZodType;

/** The schema under optional, default and nullable wrappers. */
function inner(schema: Schema): Schema {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
    current = current.unwrap() as Schema;
  }
  return current;
}

const isTranslatable = (schema: Schema): boolean => {
  for (let current: Schema | undefined = schema; current;) {
    if ((current.meta() as { translatable?: boolean } | undefined)?.translatable) return true;
    current =
      current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable
        ? (current.unwrap() as Schema)
        : undefined;
  }
  return false;
};

/** The object schema under refinements and wrappers. */
export function objectShape(schema: Schema): Record<string, Schema> {
  const object = inner(schema);
  if (!(object instanceof z.ZodObject)) throw new Error('A translated collection must have an object schema');
  return object.shape as Record<string, Schema>;
}

/** The names of the translatable fields of an entry schema, in schema order. */
export function translatableFields(schema: Schema): string[] {
  return Object.entries(objectShape(schema))
    .filter(([, field]) => isTranslatable(field))
    .map(([name]) => name);
}

/**
 * What a translation file holds: the translatable fields with the rules the
 * default language has for them (a required field is required here too), and
 * nothing else, so a rate typed into a translation fails the build.
 */
export function translationSchema(schema: Schema) {
  const shape = objectShape(schema);
  return z.strictObject(Object.fromEntries(translatableFields(schema).map((name) => [name, shape[name] as Schema])));
}

/** A problem across an entry and its translation, named by field. */
export interface TranslationProblem {
  field: string;
  message: string;
}

/**
 * The values that are not language inside translated lists (a link's address,
 * a download's file) must be the same in both languages, item by item.
 */
export function translationProblems(
  schema: Schema,
  original: Record<string, unknown>,
  translation: Record<string, unknown>,
): TranslationProblem[] {
  const shape = objectShape(schema);
  const problems: TranslationProblem[] = [];
  for (const name of translatableFields(schema)) {
    const field = inner(shape[name] as Schema);
    if (!(field instanceof z.ZodArray)) continue;
    const [theirs, ours] = [original[name], translation[name]];
    if (!Array.isArray(theirs) || !Array.isArray(ours)) continue;
    if (theirs.length !== ours.length) {
      problems.push({
        field: name,
        message: `Must have ${theirs.length} items, as the original has, not ${ours.length}`,
      });
      continue;
    }
    const element = inner(field.element as Schema);
    if (!(element instanceof z.ZodObject)) continue;
    const fixed = Object.entries(element.shape as Record<string, Schema>)
      .filter(([, sub]) => !isTranslatable(sub))
      .map(([key]) => key);
    theirs.forEach((item: Record<string, unknown>, index) => {
      const translated = ours[index] as Record<string, unknown>;
      for (const key of fixed) {
        if (JSON.stringify(item[key]) !== JSON.stringify(translated[key])) {
          problems.push({
            field: `${name}.${index}.${key}`,
            message: `Must be ${JSON.stringify(item[key])} as in the original: only words are translated`,
          });
        }
      }
    });
  }
  return problems;
}

/** The entry's data in a language: the translation's words over the original's values. */
export function mergeTranslation<T extends object>(original: T, translation: object | undefined): T {
  return translation ? { ...original, ...translation } : original;
}
