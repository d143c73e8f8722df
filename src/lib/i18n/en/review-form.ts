import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.en.intl);

/** The "Review this partner" form on profiles. */
export const reviewForm = {
  open: 'Review this partner',
  lead: 'Worked with this partner? Tell other customers how it went. We check with the partner that you are their client before we publish your review; your email is never shown.',
  fields: {
    rating: 'Your rating',
    stars: (count: number) => forms(count, { one: '# star', other: '# stars' }),
    title: 'Headline',
    text: 'Your review',
    textHint: 'What was done, what went well, what could have gone better.',
    reviewerName: 'Your name',
    reviewerRole: 'Your role',
    company: 'Your company',
    companySize: 'Users at your company',
    choose: 'Choose…',
    services: 'What the partner did for you',
    projectEnded: 'When the project ended',
    email: 'Work email',
    emailHint: 'Only to check that you are a client; never published.',
    consent: 'I agree to my review, name, role and company being published on this site.',
  },
  send: 'Send review',
  failed: {
    title: 'Your review was not sent',
  },
  done: {
    title: (name: string) => (name ? `Thank you, ${name}` : 'Thank you'),
    next: 'We will check with the partner that you are their client and publish your review, usually within five business days. If anything is unclear, we write to your work email.',
  },
  errors: {
    ratingMissing: 'Choose from 1 to 5 stars',
    missing: {
      title: 'Write a headline',
      text: 'Write your review',
      reviewerName: 'Enter your name',
      reviewerRole: 'Enter your role, such as IT manager',
      company: 'Enter your company’s name',
    },
    companySizeMissing: 'Choose how many people use Polynya at your company',
    servicesMissing: 'Choose at least one thing the partner did',
    projectEndedInvalid: 'Enter the day the project ended, not in the future',
    consentMissing: 'Agree to publication, or we cannot show your review',
  },
};
