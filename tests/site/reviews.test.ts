/**
 * Ratings in the built site agree with the reviews in content: the profiles'
 * JSON-LD, their visible summary and the directory's data count verified
 * reviews only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug';
import { readData, sampleFiles } from '../sample-content';
import { dist } from './dist';

interface ReviewFile {
  partner: string;
  rating: number;
  verified?: boolean;
}

const reviews = sampleFiles('reviews').map((file) => readData(file.path) as ReviewFile);
const partners = sampleFiles('partners').map((file) => file.id);
const verifiedOf = (partner: string) => reviews.filter((review) => review.partner === partner && review.verified);

const jsonLd = (path: string) => {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  return JSON.parse(script) as {
    aggregateRating?: { ratingValue: number; reviewCount: number };
    review?: { reviewRating: { ratingValue: number } }[];
  };
};

describe('ratings from verified reviews', () => {
  it('the sample has reviews, verified and not, and partners without any', () => {
    expect(reviews.length).toBeGreaterThan(30);
    expect(reviews.some((review) => !review.verified)).toBe(true);
    expect(partners.filter((partner) => verifiedOf(partner).length === 0).length).toBeGreaterThan(5);
  });

  it.each(['', 'ru/'])(
    'profiles in /%s carry AggregateRating and Review JSON-LD of verified reviews only',
    (prefix) => {
      for (const partner of partners) {
        const data = jsonLd(`${prefix}partners/${partner}`);
        const verified = verifiedOf(partner);
        if (verified.length === 0) {
          expect(data.aggregateRating, partner).toBeUndefined();
          expect(data.review, partner).toBeUndefined();
          continue;
        }
        const average = verified.reduce((sum, review) => sum + review.rating, 0) / verified.length;
        expect(data.aggregateRating, partner).toMatchObject({ reviewCount: verified.length });
        expect(data.aggregateRating?.ratingValue, partner).toBeCloseTo(average, 1);
        expect(data.review?.map((review) => review.reviewRating.ratingValue).sort(), partner).toEqual(
          verified.map((review) => review.rating).sort(),
        );
      }
    },
  );

  it('shows the average and count on the profile, in the page’s language', () => {
    const partner = partners.find((id) => verifiedOf(id).length >= 3) ?? '';
    const verified = verifiedOf(partner);
    const average = Math.round((verified.reduce((sum, review) => sum + review.rating, 0) / verified.length) * 10) / 10;
    const text = (path: string) =>
      parseHtml(readFileSync(join(dist, path, 'index.html'), 'utf8')).querySelector('.rating-summary')?.text ?? '';
    expect(text(`partners/${partner}`)).toContain(`Rated ${average.toFixed(1)} out of 5 from ${verified.length}`);
    expect(text(`ru/partners/${partner}`)).toContain(`Оценка ${average.toFixed(1).replace('.', ',')} из 5`);
  });

  it('the directory data holds each partner’s verified count and stars', () => {
    const data = JSON.parse(readFileSync(join(dist, 'partners', 'directory.json'), 'utf8')) as {
      slug: string[];
      name: string[];
      reviews: number[];
      stars: number[];
    };
    const slugs = data.name.map((name, i) => data.slug[i] || slugify(name));
    expect(partners.every((id) => slugs.includes(id))).toBe(true);
    for (const partner of partners) {
      const i = slugs.indexOf(partner);
      const verified = verifiedOf(partner);
      expect(data.reviews[i], partner).toBe(verified.length);
      expect(data.stars[i], partner).toBe(verified.reduce((sum, review) => sum + review.rating, 0));
    }
  });
});
