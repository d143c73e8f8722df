import { transliterate } from './transliterate.ts';

/** A text in lower-case Latin letters without accents: «Ёлка» becomes "elka", "Crème" "creme". */
export function latinLetters(text: string): string {
  return transliterate(text.toLowerCase().replace(/ё/g, 'е'))
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/** The URL slug of a name: "Baikal Digital, LLC" becomes "baikal-digital-llc", «Байкал Софт» "baykal-soft". */
export function slugify(text: string): string {
  return latinLetters(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
