import type { APIRoute } from 'astro';
import { getCalculatorData, getDirectoryFacets, getLibraryData, getPlans, getSettings } from '../../content';

/** Labels and calculator inputs the CMS previews need to render entries the way the site does. */
export const GET: APIRoute = async () => {
  const [calculator, directoryFacets, library, settings, plans] = await Promise.all([
    getCalculatorData(),
    getDirectoryFacets(),
    getLibraryData(),
    getSettings(),
    getPlans(),
  ]);
  const planNames = Object.fromEntries(plans.map((plan) => [plan.id, plan.data.name]));
  return new Response(
    JSON.stringify({ calculator, planNames, directoryFacets, libraryFacets: library.facets, locale: settings.locale }),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
};
