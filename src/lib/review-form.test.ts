import { describe, expect, it } from 'vitest';
import {
  emptyReview,
  REVIEW_FORM_FIELDS,
  reviewPayload,
  validateReview,
  type ReviewFormValues,
} from './review-form.ts';

const today = new Date('2026-11-27T00:00:00Z');
const options = { services: ['mail-migration', 'support'], sizes: ['1-10', '11-50', '51-250', '1001+'] };
const valid: ReviewFormValues = {
  ...emptyReview(),
  rating: '4',
  title: 'Moved over one weekend',
  text: 'They moved 80 mailboxes.\n\nThe shared calendars took a week longer.',
  reviewerName: 'Irina Volkova',
  reviewerRole: 'IT manager',
  company: 'Angara Freight',
  companySize: '51-250',
  services: ['mail-migration'],
  projectEnded: '2026-10-01',
  email: 'irina@angara.example',
  consent: true,
};

describe('validateReview', () => {
  it('accepts a complete review', () => {
    expect(validateReview(valid, options, 'en', today)).toEqual({});
  });

  it.each([
    ['no stars', { rating: '' }, 'rating'],
    ['six stars', { rating: '6' }, 'rating'],
    ['half a star', { rating: '4.5' }, 'rating'],
    ['a script for stars', { rating: '<script>' }, 'rating'],
    ['no headline', { title: ' ' }, 'title'],
    ['a headline too long', { title: 'x'.repeat(101) }, 'title'],
    ['no text', { text: '' }, 'text'],
    ['no name', { reviewerName: '' }, 'reviewerName'],
    ['no company', { company: '' }, 'company'],
    ['a size not offered', { companySize: 'huge' }, 'companySize'],
    ['a service the partner does not offer', { services: ['security'] }, 'services'],
    ['a project ending tomorrow', { projectEnded: '2026-11-28' }, 'projectEnded'],
    ['a day that does not exist', { projectEnded: '2026-02-30' }, 'projectEnded'],
    ['a date in another format', { projectEnded: '01.10.2026' }, 'projectEnded'],
    ['no email', { email: '' }, 'email'],
    ['no consent', { consent: false }, 'consent'],
  ] as const)('refuses %s, in the field', (_, change, field) => {
    expect(Object.keys(validateReview({ ...valid, ...change } as ReviewFormValues, options, 'en', today))).toEqual([
      field,
    ]);
  });

  it('accepts a project that ended today', () => {
    expect(validateReview({ ...valid, projectEnded: '2026-11-27' }, options, 'ru', today)).toEqual({});
  });
});

describe('reviewPayload', () => {
  it('sends exactly the fields of REVIEW_FORM_FIELDS, keeping paragraphs, removing direction marks', () => {
    const payload = reviewPayload(
      { ...valid, title: 'Great\u202e work', text: 'One.\n\nTwo.\u0000', fax: 'bot' },
      { partner: 'baikal-digital', locale: 'ru' },
    );
    expect(Object.keys(payload).sort()).toEqual(REVIEW_FORM_FIELDS.map((field) => field.name).sort());
    expect(payload).toMatchObject({
      title: 'Great work',
      text: 'One.\n\nTwo.',
      partner: 'baikal-digital',
      locale: 'ru',
    });
  });
});
