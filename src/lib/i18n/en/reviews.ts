/** Ratings and clients' reviews: on profiles, on directory cards, and the form clients review a partner with. */
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.en.intl);
const stars = (rating: string) => `${rating} out of 5`;

export const reviews = {
  heading: 'Client reviews',
  /** "4.8 out of 5", with the average as the page's language writes it. */
  outOfFive: stars,
  count: (count: number) => forms(count, { one: '# review', other: '# reviews' }),
  /** What a screen reader hears for a card's or a profile's rating. */
  rated: (rating: string, count: number) =>
    `Rated ${stars(rating)} from ${forms(count, { one: '# verified review', other: '# verified reviews' })}`,
  none: 'No verified reviews yet.',
  /** The rows of the distribution: "5 stars: 12 reviews". */
  starsRow: (stars: number) => forms(stars, { one: '# star', other: '# stars' }),
  distribution: 'Verified reviews by rating',
  /** Counts in the rating only once the vendor has checked the reviewer is a client of the partner. */
  verified: 'Verified client',
  unverified: 'Not verified yet: not counted in the rating',
  unverifiedNote: (count: number) =>
    forms(count, {
      one: '# more review is waiting for the vendor to check the reviewer is a client; it is shown but not counted.',
      other:
        '# more reviews are waiting for the vendor to check the reviewers are clients; they are shown but not counted.',
    }),
  reviewer: (name: string, role: string, company: string) => `${name}, ${role}, ${company}`,
  projectEnded: (date: string) => `Project ended ${date}`,
  published: (date: string) => `Published ${date}`,
  services: 'Services delivered',
  response: (partner: string) => `Response from ${partner}`,
  /** Each threshold of the directory's rating filter. */
  atLeast: (rating: string) => `${rating} stars and above`,
};
