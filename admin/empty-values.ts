/**
 * An optional field the editor typed into and then cleared is saved by Decap
 * as an empty string, which the schemas refuse ("Must not be empty"). Such
 * values are removed before saving, so a cleared field means "not set".
 * Required fields never get here empty: the CMS refuses to save them.
 */
export type Path = (string | number)[];

/** Paths of every empty string or null in an entry's data, deepest first. */
export function emptyValuePaths(value: unknown, path: Path = []): Path[] {
  if (value === '' || value === null) return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => emptyValuePaths(item, [...path, index])).reverse();
  if (typeof value === 'object' && value !== undefined && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => emptyValuePaths(item, [...path, key]));
  }
  return [];
}
