import type { APIRoute } from 'astro';
import { getDirectoryData } from '../../../content';
import { encodeDirectory } from '../../../lib/directory';
import { pageLocale } from '../../../lib/i18n/locales';
import { everyLocale } from '../../../lib/i18n/routes';

export const getStaticPaths = everyLocale;

/** The data the directory search island loads: every partner, compactly, with the facet labels. */
export const GET: APIRoute = async ({ currentLocale }) =>
  new Response(JSON.stringify(encodeDirectory(await getDirectoryData(pageLocale(currentLocale)))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
