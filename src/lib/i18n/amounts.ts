/**
 * The numbers inside translated text. A tier requirement such as "25 paying
 * clients, or 300,000 ₽ monthly recurring revenue" is words around amounts:
 * the words are translated, the amounts are the same in every language and
 * written each language's way ("300 000 ₽"). The build compares them, so a
 * translation cannot promise a different amount, and an amount written the
 * other language's way ("300,000" on a Russian page reads as three hundred)
 * fails as one.
 */
import { LOCALE_SETTINGS, type Locale } from './locales.ts';

const SPACES = ' \u00a0\u202f';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern of one number written in a language, with its group and decimal separators. */
function numberPattern(locale: Locale): { pattern: RegExp; group: string; decimal: string } {
  const parts = new Intl.NumberFormat(LOCALE_SETTINGS[locale].intl).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  // Editors type a plain space where Intl writes a no-break one.
  const groupClass = SPACES.includes(group) ? `[${SPACES}]` : escape(group);
  const pattern = new RegExp(
    `(?<![\\d${escape(decimal)}])\\d{1,3}(?:${groupClass}\\d{3})+(?:${escape(decimal)}\\d+)?(?!\\d)|(?<!\\d)\\d+(?:${escape(decimal)}\\d+)?(?!\\d)`,
    'g',
  );
  return { pattern, group: groupClass, decimal };
}

/** The numbers a text holds, read the way its language writes them, in order. */
export function amountsIn(text: string, locale: Locale): number[] {
  const { pattern, group, decimal } = numberPattern(locale);
  const groups = new RegExp(group, 'g');
  return [...text.matchAll(pattern)].map((match) => Number(match[0].replace(groups, '').replace(decimal, '.')));
}

/** The amounts one text has and the other lacks, each way; empty when both hold the same numbers. */
export function differentAmounts(
  original: string,
  originalLocale: Locale,
  translation: string,
  translationLocale: Locale,
): { missing: number[]; extra: number[] } {
  const theirs = new Set(amountsIn(original, originalLocale));
  const ours = new Set(amountsIn(translation, translationLocale));
  return {
    missing: [...theirs].filter((amount) => !ours.has(amount)),
    extra: [...ours].filter((amount) => !theirs.has(amount)),
  };
}
