import type { APIRoute } from 'astro';
import { getDirectoryPieces } from '../../../content';
import type { DirectoryPiece } from '../../../lib/directory';
import { inEveryLocale } from '../../../lib/i18n/routes';

/** One per later piece of the directory data: none up to `HEAD_PARTNERS` partners. */
export const getStaticPaths = () =>
  inEveryLocale(async (locale) =>
    (await getDirectoryPieces(locale)).pieces.map((piece, n) => ({
      params: { piece: String(n + 1) },
      props: { piece },
    })),
  );

/** A later piece of the directory data (`DirectoryPiece`), loaded once a search needs more than the head. */
export const GET: APIRoute<{ piece: DirectoryPiece }> = ({ props }) =>
  new Response(JSON.stringify(props.piece), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
