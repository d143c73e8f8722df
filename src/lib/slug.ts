import { transliterate } from './transliterate.ts';

/** The URL slug of a name: "Baikal Digital, LLC" becomes "baikal-digital-llc", «Байкал Софт» "baykal-soft". */
export function slugify(text: string): string {
  return transliterate(text.toLowerCase().replace(/ё/g, 'е'))
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
