import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  newestFirst,
  rankingScore,
  RATING_PRIOR,
  ratingSummary,
  ratingThresholdsMet,
  shownAverage,
  type RatedReview,
} from './reviews';

const verified = (...ratings: number[]): RatedReview[] => ratings.map((rating) => ({ rating, verified: true }));
const reviewArb = fc.record({ rating: fc.integer({ min: 1, max: 5 }), verified: fc.boolean() });

describe('ratingSummary', () => {
  it('counts verified reviews only, by stars', () => {
    const summary = ratingSummary([...verified(5, 4, 4), { rating: 1, verified: false }]);
    expect(summary).toEqual({ count: 3, sum: 13, average: 13 / 3, distribution: [0, 0, 0, 2, 1] });
    expect(shownAverage(summary)).toBe(4.3);
  });

  it('is empty without verified reviews, never NaN', () => {
    expect(ratingSummary([{ rating: 5, verified: false }])).toEqual({
      count: 0,
      sum: 0,
      average: 0,
      distribution: [0, 0, 0, 0, 0],
    });
  });

  it('ignores ratings outside 1 to 5', () => {
    expect(ratingSummary(verified(0, 6, 4.5, Number.NaN, 3)).count).toBe(1);
  });

  it('never counts an unverified review (property)', () => {
    fc.assert(
      fc.property(fc.array(reviewArb), fc.array(reviewArb), (some, more) => {
        const unverified = more.map((review) => ({ ...review, verified: false }));
        expect(ratingSummary([...some, ...unverified])).toEqual(ratingSummary(some));
      }),
    );
  });

  it('never lowers the average or the score when a verified five-star review is added (property)', () => {
    fc.assert(
      fc.property(fc.array(reviewArb), (reviews) => {
        const before = ratingSummary(reviews);
        const after = ratingSummary([...reviews, { rating: 5, verified: true }]);
        expect(after.average).toBeGreaterThanOrEqual(before.average === 0 ? 0 : before.average);
        expect(rankingScore(after.sum, after.count)).toBeGreaterThanOrEqual(rankingScore(before.sum, before.count));
      }),
    );
  });
});

describe('rankingScore', () => {
  it('does not let one five-star review beat forty averaging 4.8', () => {
    const one = ratingSummary(verified(5));
    const forty = ratingSummary(verified(...Array.from({ length: 40 }, (_, i) => (i < 32 ? 5 : 4))));
    expect(forty.average).toBe(4.8);
    expect(rankingScore(one.sum, one.count)).toBeLessThan(rankingScore(forty.sum, forty.count));
  });

  it('puts a partner without reviews at the prior, between good and poor ones', () => {
    expect(rankingScore(0, 0)).toBe(RATING_PRIOR.rating);
    expect(rankingScore(5 * 3, 3)).toBeGreaterThan(rankingScore(0, 0));
    expect(rankingScore(2 * 3, 3)).toBeLessThan(rankingScore(0, 0));
  });

  it('stays between 1 and 5 and moves towards the plain average as reviews add up (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 200 }), (ratings) => {
        const { sum, count, average } = ratingSummary(verified(...ratings));
        const score = rankingScore(sum, count);
        expect(score).toBeGreaterThanOrEqual(1);
        expect(score).toBeLessThanOrEqual(5);
        expect(Math.abs(score - average)).toBeLessThanOrEqual(Math.abs(RATING_PRIOR.rating - average) + 1e-9);
      }),
    );
  });
});

describe('ratingThresholdsMet', () => {
  it.each([
    [[5], [4.5, 4, 3]],
    [
      [5, 4],
      [4.5, 4, 3],
    ],
    [
      [4, 4, 5],
      [4, 3],
    ],
    [[3, 3, 4], [3]],
    [[2, 3], []],
    [[], []],
  ])('%j meets %j', (ratings, thresholds) => {
    expect(ratingThresholdsMet(ratingSummary(verified(...ratings)))).toEqual(thresholds);
  });
});

describe('newestFirst', () => {
  it('orders by publication, newest first, then by title', () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const reviews = [
      { data: { title: 'B', published: day('2026-01-01') } },
      { data: { title: 'C', published: day('2026-05-01') } },
      { data: { title: 'A', published: day('2026-01-01') } },
    ];
    expect(newestFirst(reviews).map((review) => review.data.title)).toEqual(['C', 'A', 'B']);
  });
});
