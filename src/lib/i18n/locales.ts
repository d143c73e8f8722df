/**
 * The languages of the site, in one place: adding one means adding it here,
 * its interface catalogue (`catalogue.ts`) and its content translations.
 * The default language lives at the root (`/tiers/gold/`), every other one
 * under its code (`/ru/tiers/gold/`).
 */
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE = 'en' satisfies Locale;
/** The languages other than the default, whose text is a translation. */
export type TranslatedLocale = Exclude<Locale, typeof DEFAULT_LOCALE>;
export const TRANSLATED_LOCALES = LOCALES.filter((locale): locale is TranslatedLocale => locale !== DEFAULT_LOCALE);

export interface LocaleSettings {
  /** The language's own name, as the language switcher shows it. */
  name: string;
  /** The BCP 47 tag `Intl` formats numbers, money and dates with. */
  intl: string;
}

export const LOCALE_SETTINGS: Record<Locale, LocaleSettings> = {
  en: { name: 'English', intl: 'en-GB' },
  ru: { name: 'Русский', intl: 'ru-RU' },
};

/**
 * A value for each language, made the first time that language asks for it and kept: an `Intl` collator or format
 * takes milliseconds to make, and a page reads one language of the two every module carries.
 */
export function perLocale<T>(make: (settings: LocaleSettings) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    if (!made.has(locale)) made.set(locale, make(LOCALE_SETTINGS[locale]));
    return made.get(locale) as T;
  };
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A site path in a language: `/tiers/` is `/ru/tiers/` in Russian; other addresses are left alone. */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const { path: bare } = splitLocale(path);
  return locale === DEFAULT_LOCALE ? bare : `/${locale}${bare}`;
}

/** The same page in every language: each page is built once per language, at its path in that language. */
export function languageVersions(path: string): { locale: Locale; path: string }[] {
  return LOCALES.map((locale) => ({ locale, path: localePath(locale, path) }));
}

/** The language a site path is in, and the same path in the default language. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2,3})(?=\/|$|[?#])(.*)$/.exec(path);
  const code = match?.[1];
  if (match && isLocale(code) && code !== DEFAULT_LOCALE) return { locale: code, path: match[2] || '/' };
  return { locale: DEFAULT_LOCALE, path };
}

/** The language of the page being rendered, from Astro's `currentLocale`. */
export const pageLocale = (current: string | undefined): Locale => (isLocale(current) ? current : DEFAULT_LOCALE);
