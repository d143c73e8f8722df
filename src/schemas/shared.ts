import { z } from 'astro/zod';
import { reference, type CollectionKey } from 'astro:content';
import { CLIENT_SIZE_ID, CLIENT_SIZE_ID_MESSAGE } from '../lib/client-sizes';

/**
 * Small schema builders shared by every collection. Each one carries the
 * rule and the wording an editor sees when a value breaks it.
 */

const ISO_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const nonEmptyText = (max = 500) =>
  z.string().trim().min(1, 'Must not be empty').max(max, `Must be at most ${max} characters`);

/** A whole number used to order entries in lists; lower comes first. */
export const sortOrder = () => z.number().int('Must be a whole number').min(0, 'Must be 0 or more');

/** A percentage from 0 to 100, with at most two decimals. */
export const percentage = () =>
  z
    .number()
    .min(0, 'Must be 0 or more')
    .max(100, 'Must be 100 or less')
    .refine((value) => Number.isInteger(Math.round(value * 100 * 1e6) / 1e6), 'Use at most two decimals');

/** A money amount as editors type it (for example 249.9), in the site currency. */
export const moneyAmount = () =>
  z
    .number()
    .min(0, 'Must be 0 or more')
    .max(10_000_000, 'Must be at most 10,000,000')
    .refine((value) => Number.isInteger(Math.round(value * 100 * 1e6) / 1e6), 'Use at most two decimals');

export const currencyCode = () =>
  z
    .string()
    .regex(/^[A-Z]{3}$/, 'Must be a three-letter ISO 4217 code such as RUB or EUR')
    .refine((code) => ISO_CURRENCIES.has(code), 'Not an ISO 4217 currency code');

const URL_MESSAGE = 'Must be an http:// or https:// address';

/**
 * A web address: http or https and a domain name, with no spaces, control
 * characters or user name before the host. The text is checked as typed, then parsed.
 */
export const httpUrl = () =>
  z
    .string()
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point here
    .regex(/^https?:\/\/[^\s/?#@\u0000-\u001f\u007f]+(?:[/?#][^\s\u0000-\u001f\u007f]*)?$/, URL_MESSAGE)
    .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: URL_MESSAGE }));

/** A path inside this site, such as /tiers/ or /program/terms/. */
export const sitePath = () =>
  z
    .string()
    .regex(
      /^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/,
      'Must be a path inside the site that starts and ends with /, such as /tiers/',
    );

export const hexColour = () => z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Must be a colour like #1f6feb');

export const countryCode = () =>
  z.string().regex(/^[A-Z]{2}$/, 'Must be a two-letter ISO 3166-1 country code such as RU or KZ');

/** Characters that take no space of their own: zero-width, joiners, fillers, combining marks, variation selectors. */
const INVISIBLE =
  '\\s\\u00ad\\u034f\\u115f\\u1160\\u180e\\u200b-\\u200f\\u2060-\\u2064\\u2800\\u3164\\ufeff\\uffa0\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe00-\\ufe0f\\ufe20-\\ufe2f';
const COMBINING = '\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f';

/**
 * Text shown as it is: no HTML (it would be shown literally), no control
 * characters, no text-direction overrides or marks, which can make a name
 * read as something else (for example "Acme\u202Egnp.exe"), something
 * visible, and no pile of accents on one letter (which draws over the lines around it).
 */
export const plainText = (max: number) =>
  nonEmptyText(max)
    .regex(
      // eslint-disable-next-line no-control-regex -- refusing control characters is the point here
      /^[^<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]*$/,
      'Use plain text: no < or >, control characters or text-direction marks.',
    )
    // eslint-disable-next-line no-misleading-character-class -- the classes list combining marks one by one, on purpose
    .regex(new RegExp(`^[${INVISIBLE}]*[^${INVISIBLE}]`), 'Must contain visible text, not only invisible characters.')
    // eslint-disable-next-line no-misleading-character-class -- as above
    .regex(new RegExp(`^(?![\\s\\S]*[${COMBINING}]{4})`), 'Use at most three accents on one letter.');

const LATIN = 'A-Za-z\\u00c0-\\u024f';
const CYRILLIC = '\\u0400-\\u04ff';
const GREEK = '\\u0370-\\u03ff';

/**
 * A company or person name: plain text whose words are each written in one
 * alphabet. "Вaikal Digital" with a Cyrillic В looks exactly like the real
 * partner; "Сибирь IT" (two words, two alphabets) is fine.
 */
export const properName = (max: number) =>
  plainText(max).regex(
    new RegExp(
      `^(?![\\s\\S]*(?:[${LATIN}][${CYRILLIC}${GREEK}]|[${CYRILLIC}][${LATIN}${GREEK}]|[${GREEK}][${LATIN}${CYRILLIC}]))`,
    ),
    'Write each word in one alphabet: a word that mixes Latin with Cyrillic or Greek letters can imitate another name.',
  );

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'Must be a calendar date such as 2026-03-01';

/** A date as written in content: a YAML date, or the text YYYY-MM-DD of a day that exists. Nothing else. */
function calendarDay(value: unknown): unknown {
  if (typeof value !== 'string' || !ISO_DAY.test(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? date : new Date(Number.NaN);
}

/**
 * A calendar day. `true`, `0` or "2024-02-30" are refused rather than read as
 * some other day; a YAML date that does not exist is refused before parsing
 * (see `src/lib/content-files.ts`), since the YAML reader rolls it over.
 */
export const calendarDate = () => z.preprocess(calendarDay, z.date({ error: DATE_MESSAGE }));

/** A calendar date that has already happened, such as a verification or publication date. */
export const pastDate = () =>
  calendarDate().refine((date) => date.getTime() <= Date.now(), 'Must not be in the future');

/**
 * Words a reader reads, which each language has its own of: the Russian text
 * of an entry lives in content/<collection>/ru/, and every field not marked
 * so (rates, prices, dates, references, colours, files) has one value for all
 * languages. A list is marked as a whole, and its items' fields one by one.
 */
export const translatable = <T extends z.ZodType>(schema: T): T => schema.meta({ translatable: true }) as T;

/**
 * A size of client company: one of the ids site settings list (`clientSizes`), which the build checks like a
 * reference. Marked so the CMS offers the sizes to pick from.
 */
export const clientSize = () =>
  z.string().regex(CLIENT_SIZE_ID, CLIENT_SIZE_ID_MESSAGE).meta({ choices: 'clientSizes' });

/**
 * The id of an entry in another collection. The target is kept as metadata so
 * the CMS configuration can offer the right entries to pick from.
 */
export const ref = <C extends CollectionKey>(collection: C) => reference(collection).meta({ collection });
