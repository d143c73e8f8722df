/**
 * Words in Cyrillic and Latin meet in the index: a Russian word is reduced to
 * its stem (Snowball's Russian stemmer, so "миграции", "миграцию" and
 * "миграция" are one word) and written in Latin letters by a fixed
 * transliteration close to the one Russian businesses use in Latin names
 * ("Новосибирск" and "novosibirsk" are the same word). Latin words stay as
 * they are. Applied to normalised words (lower case, ё as е) when indexing and
 * when querying, so both sides agree.
 */
import { stemmer } from '@orama/stemmers/russian';
import { transliterate } from '../transliterate.ts';

const CYRILLIC = /[\u0400-\u04ff]/;

/** Whether a word holds Cyrillic letters. */
export const inCyrillic = (word: string): boolean => CYRILLIC.test(word);

/** The form a normalised word is looked up under: a Russian word's stem in Latin letters, any other word as it is. */
export function searchForm(word: string): string {
  if (!inCyrillic(word)) return word;
  // Short words (ИТ, ООО) are not inflected forms worth stemming.
  return transliterate(word.length > 3 ? stemmer(word) : word);
}

/**
 * The forms a normalised word is indexed under: its search form and, for a
 * Russian word, the whole word in Latin letters too, so a visitor typing the
 * name in Latin ("taiga" for «Тайга», whose stem is "tayg") is one typo away.
 */
export function indexForms(word: string): string[] {
  const form = searchForm(word);
  if (!inCyrillic(word)) return [form];
  const whole = transliterate(word);
  return whole === form ? [form] : [form, whole];
}
