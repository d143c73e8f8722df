import type { APIRoute } from 'astro';
import { getDirectoryPieces } from '../../../content';
import { pageLocale } from '../../../lib/i18n/locales';
import { everyLocale } from '../../../lib/i18n/routes';

export const getStaticPaths = everyLocale;

/**
 * The data the directory search loads first: the head (`DirectoryHead`), compactly, with the facet labels. Up to
 * `HEAD_PARTNERS` it is every partner; beyond, the rest is in `directory-N.json`.
 */
export const GET: APIRoute = async ({ currentLocale }) =>
  new Response(JSON.stringify((await getDirectoryPieces(pageLocale(currentLocale))).head), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
