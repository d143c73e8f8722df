/**
 * Takes the place of the `diacritics` package in the CMS bundle (an alias in
 * astro.config.mjs). Decap runs a new entry's title through its `remove` when
 * the slug setting `clean_accents` is on, before dropping what is not ASCII.
 * That package turns a few Cyrillic letters into Latin lookalikes (л → n) and
 * leaves the rest, so a partner named «Тайга Телеком» was saved as "n-n.md".
 * Here accents go and Cyrillic is transliterated as the site's own slugs are:
 * the file becomes tayga-telekom.md.
 */
import { latinLetters } from '../src/lib/slug';

export const remove = latinLetters;

export default { remove };
