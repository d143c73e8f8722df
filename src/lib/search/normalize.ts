/**
 * Text normalisation shared by indexing and querying: case, accents and the
 * Russian ё are folded so "Ёлка", "елка" and "ELKA" meet on the same form.
 */

export function normalize(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFD')
      // Й and Ў are letters of their own, not И and У with an accent; Ё is folded to Е.
      .replace(/([иу])\u0306/g, (_, letter: string) => (letter === 'и' ? 'й' : 'ў'))
      .replace(/\p{M}+/gu, '')
      .replace(/ё/g, 'е')
  );
}

/** Normalised words of a text, in order; punctuation and spaces split words. */
export function tokenize(text: string): string[] {
  return normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
