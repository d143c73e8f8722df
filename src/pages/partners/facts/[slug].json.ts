import type { APIRoute, GetStaticPaths } from 'astro';
import { getPartners, getRatings } from '../../../content';
import { toComparedFacts } from '../../../lib/comparison';
import { DEFAULT_LOCALE } from '../../../lib/i18n/locales';
import { ratingSummary } from '../../../lib/reviews';

/** One partner's facts for the comparison (`ComparedFacts`), the same for every language. */
export const getStaticPaths = (async () =>
  (await getPartners(DEFAULT_LOCALE)).map((partner) => ({
    params: { slug: partner.id },
    props: { partner },
  }))) satisfies GetStaticPaths;

const NO_RATING = ratingSummary([]);

export const GET: APIRoute = async ({ props }) => {
  const { partner } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const rating = (await getRatings()).get(partner.id) ?? NO_RATING;
  return new Response(JSON.stringify(toComparedFacts(partner, rating)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
