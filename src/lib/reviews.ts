/**
 * Ratings from client reviews. Only reviews the vendor verified (the
 * reviewer is a client of that partner) count; the others are shown, marked,
 * and never move a number.
 *
 * People see the plain average. The directory ranks by a Bayesian average:
 * every partner starts with `PRIOR.weight` imaginary reviews of
 * `PRIOR.rating` stars, so one five-star review (3.75) does not outrank forty
 * reviews averaging 4.8 (4.66), and a partner without reviews sits at the
 * prior, neither rewarded nor punished. The prior is a little below the
 * sample's average rating, so a score has to be earned by several reviews.
 */
import type { Review } from '../schemas/review';
import { formatDate, isoDay } from './dates.ts';
import { LOCALE_SETTINGS, type Locale } from './i18n/locales.ts';
import { reviews as reviewWords } from './i18n/sections/reviews.ts';

export const RATING_PRIOR = { rating: 3.5, weight: 5 } as const;

/** The "N stars and above" filters of the directory, highest first; `rating=4` in its address. */
export const RATING_THRESHOLDS = [4.5, 4, 3] as const;

export interface RatedReview {
  rating: number;
  verified: boolean;
}

export interface RatingSummary {
  /** Verified reviews. */
  count: number;
  /** Sum of their stars, for ranking. */
  sum: number;
  /** Their average, unrounded; 0 without reviews. */
  average: number;
  /** Verified reviews with 1 … 5 stars, at positions 0 … 4. */
  distribution: [number, number, number, number, number];
}

export function ratingSummary(reviews: readonly RatedReview[]): RatingSummary {
  const distribution: RatingSummary['distribution'] = [0, 0, 0, 0, 0];
  let count = 0;
  let sum = 0;
  for (const review of reviews) {
    if (!review.verified || !Number.isInteger(review.rating) || review.rating < 1 || review.rating > 5) continue;
    distribution[review.rating - 1] = (distribution[review.rating - 1] ?? 0) + 1;
    count += 1;
    sum += review.rating;
  }
  return { count, sum, average: count > 0 ? sum / count : 0, distribution };
}

/** The average as people read it: one decimal, 4.75 → 4.8. */
export const shownAverage = (summary: Pick<RatingSummary, 'average'>): number => Math.round(summary.average * 10) / 10;

/** The ranking score of `count` verified reviews totalling `sum` stars (see `RATING_PRIOR`), from 1 to 5. */
export function rankingScore(sum: number, count: number): number {
  return (RATING_PRIOR.rating * RATING_PRIOR.weight + sum) / (RATING_PRIOR.weight + count);
}

/** The thresholds an average meets, as the directory's rating filter values; none without verified reviews. */
export function ratingThresholdsMet(summary: Pick<RatingSummary, 'average' | 'count'>): number[] {
  if (summary.count === 0) return [];
  return RATING_THRESHOLDS.filter((threshold) => shownAverage(summary) >= threshold);
}

/** Review entries newest first; the same day by title, so the order never depends on file order. */
export function newestFirst<T extends { data: { published: Date; title: string } }>(reviews: readonly T[]): T[] {
  return [...reviews].sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title),
  );
}

/** A review as the profile and the CMS preview draw it: words formatted in the page's language. */
export interface ReviewCardData {
  title: string;
  /** Paragraphs of the review, split at blank lines. */
  paragraphs: string[];
  rating: number;
  reviewer: string;
  companySize: string;
  services: string[];
  projectEnded: string;
  published: string;
  verified: boolean;
  response?: string[] | undefined;
  /** The language the review is written in, where it differs from the page's. */
  lang?: Locale | undefined;
}

/** Text split into paragraphs at blank lines, each paragraph's lines kept together. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

/** A review's fields as the content holds them; the partner it is about is the page's. */
export type ReviewFields = Omit<Review, 'partner'>;

/** The labels, in the page's language, of the services and client sizes reviews name by id. */
export interface ReviewLabels {
  services: ReadonlyMap<string, string>;
  sizes: ReadonlyMap<string, string>;
}

export function toReviewCard(review: ReviewFields, labels: ReviewLabels, locale: Locale): ReviewCardData {
  const t = reviewWords[locale];
  const { intl } = LOCALE_SETTINGS[locale];
  const day = (date: Date) => (Number.isNaN(date.getTime()) ? '' : formatDate(date, intl));
  return {
    title: review.title,
    paragraphs: paragraphsOf(review.text),
    rating: review.rating,
    reviewer: t.reviewer(review.reviewerName, review.reviewerRole, review.company),
    companySize: labels.sizes.get(review.companySize) ?? '',
    services: review.services.map((service) => labels.services.get(service.id) ?? service.id),
    projectEnded: day(review.projectEnded),
    published: day(review.published),
    verified: review.verified,
    response: review.response ? paragraphsOf(review.response) : undefined,
    ...(review.writtenIn === locale ? {} : { lang: review.writtenIn }),
  };
}

/** The rows of the star distribution, five stars first, with each row's share of the verified reviews (0 to 100). */
export function ratingBars(summary: RatingSummary): { stars: number; count: number; percent: number }[] {
  return [5, 4, 3, 2, 1].map((stars) => {
    const count = summary.distribution[stars - 1] ?? 0;
    return { stars, count, percent: summary.count > 0 ? Math.round((count / summary.count) * 100) : 0 };
  });
}

/** schema.org `aggregateRating` and `review` of a profile, from its verified reviews alone; empty without any. */
export function reviewsJsonLd(reviews: readonly ReviewFields[]): Record<string, unknown> {
  const verified = reviews.filter((review) => review.verified);
  const summary = ratingSummary(verified);
  if (summary.count === 0) return {};
  const rating = (value: number) => ({ '@type': 'Rating', ratingValue: value, bestRating: 5, worstRating: 1 });
  return {
    aggregateRating: {
      '@type': 'AggregateRating',
      ratingValue: shownAverage(summary),
      reviewCount: summary.count,
      bestRating: 5,
      worstRating: 1,
    },
    review: verified.map((review) => ({
      '@type': 'Review',
      name: review.title,
      reviewBody: review.text,
      datePublished: isoDay(review.published),
      inLanguage: review.writtenIn,
      author: { '@type': 'Person', name: review.reviewerName },
      reviewRating: rating(review.rating),
    })),
  };
}
