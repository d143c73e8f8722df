import type { APIRoute } from 'astro';
import { getCalculatorData, getDirectoryFacets, getLibraryData, getPlans } from '../../content';
import { DEFAULT_LOCALE, LOCALE_SETTINGS } from '../../lib/i18n/locales';

/** Labels and calculator inputs the CMS previews need to render entries the way the site does. */
export const GET: APIRoute = async () => {
  const [calculator, directoryFacets, library, plans] = await Promise.all([
    getCalculatorData(DEFAULT_LOCALE),
    getDirectoryFacets(DEFAULT_LOCALE),
    getLibraryData(DEFAULT_LOCALE),
    getPlans(DEFAULT_LOCALE),
  ]);
  const planNames = Object.fromEntries(plans.map((plan) => [plan.id, plan.data.name]));
  return new Response(
    JSON.stringify({
      calculator,
      planNames,
      directoryFacets,
      libraryFacets: library.facets,
      locale: LOCALE_SETTINGS[DEFAULT_LOCALE].intl,
    }),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
};
