import type { APIRoute } from 'astro';
import { getCalculatorData, getCities, getDirectoryFacets, getLibraryData, getPlans } from '../../content';
import { LOCALE_SETTINGS, LOCALES, type Locale } from '../../lib/i18n/locales';

async function previewData(locale: Locale) {
  const [calculator, directoryFacets, cities, library, plans] = await Promise.all([
    getCalculatorData(locale),
    getDirectoryFacets(locale),
    getCities(locale),
    getLibraryData(locale),
    getPlans(locale),
  ]);
  return {
    calculator,
    planNames: Object.fromEntries(plans.map((plan) => [plan.id, plan.data.name])),
    directoryFacets,
    cities,
    libraryFacets: library.facets,
    intl: LOCALE_SETTINGS[locale].intl,
  };
}

/** Labels and calculator inputs the CMS previews need to render entries the way the site does, in each language. */
export const GET: APIRoute = async () => {
  const byLocale = Object.fromEntries(
    await Promise.all(LOCALES.map(async (locale) => [locale, await previewData(locale)])),
  );
  return new Response(JSON.stringify(byLocale), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
