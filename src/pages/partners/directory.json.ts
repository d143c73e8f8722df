import type { APIRoute } from 'astro';
import { getDirectoryData } from '../../content';
import { encodeDirectory } from '../../lib/directory';

/** The data the directory search island loads: every partner, compactly, with the facet labels. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(encodeDirectory(await getDirectoryData())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
