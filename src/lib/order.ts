/** Editorial order: by the `order` field, then by id so ties never depend on file-system order. */
export function byOrder<T extends { id: string; data: { order: number } }>(a: T, b: T): number {
  return a.data.order - b.data.order || a.id.localeCompare(b.id);
}

/** Names and titles in reading order: case and accents aside, numbers by value ("Tier 2" before "Tier 10"). */
export const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
