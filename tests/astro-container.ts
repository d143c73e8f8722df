/** Astro components rendered in unit tests, with the site's routing of languages. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { DEFAULT_LOCALE, LOCALES } from '../src/lib/i18n/locales';

type Manifest = NonNullable<NonNullable<Parameters<typeof AstroContainer.create>[0]>['manifest']>;

/**
 * A container in which `Astro.currentLocale` follows the address as on the
 * built site (`/ru/…` is Russian). The container fills in every other part of
 * the manifest, which its type does not know.
 */
export function containerWithLanguages() {
  const i18n: Manifest['i18n'] = {
    strategy: 'pathname-prefix-other-locales',
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    fallback: undefined,
    fallbackType: 'redirect',
    domainLookupTable: {},
    domains: undefined,
  };
  return AstroContainer.create({ manifest: { i18n } as Manifest });
}
