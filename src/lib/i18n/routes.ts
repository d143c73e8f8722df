/**
 * Pages under `src/pages/[...locale]/` exist once per language: `locale` is
 * absent for the default language (`/tiers/`) and the code for the others
 * (`/ru/tiers/`).
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

const localeParam = (locale: Locale): string | undefined => (locale === DEFAULT_LOCALE ? undefined : locale);

interface Route<Params, Props> {
  params: Params;
  props: Props;
}

/** The routes of a page in every language, each made by `routes` for its language. */
export async function inEveryLocale<Params extends object, Props>(
  routes: (locale: Locale) => Route<Params, Props>[] | Promise<Route<Params, Props>[]>,
): Promise<Route<Params & { locale: string | undefined }, Props>[]> {
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) =>
      (await routes(locale)).map(({ params, props }) => ({
        params: { ...params, locale: localeParam(locale) },
        props,
      })),
    ),
  );
  return perLocale.flat();
}

/** The routes of a page with no parameter of its own. */
export const everyLocale = () => inEveryLocale(() => [{ params: {}, props: {} }]);
