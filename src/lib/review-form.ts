/**
 * A client's review sent from a profile. `REVIEW_FORM_FIELDS` is the one list
 * of what is sent: the checks, the payload and the README's table follow it.
 * What arrives is a draft: the partner team checks the reviewer is a client
 * and publishes it through the CMS, where it becomes a `reviews` entry.
 */
import { EMAIL, HONEYPOT_FIELD, line, paragraphs, type Payload } from './forms.ts';
import { reviewForm as words } from './i18n/sections/review-form.ts';
import type { Locale } from './i18n/locales.ts';
import { form as formWords } from './i18n/sections/form.ts';

export const REVIEW_FORM_FIELDS = [
  { name: 'rating', required: true, max: 0, about: 'Stars, 1 to 5' },
  { name: 'title', required: true, max: 100, about: 'Headline of the review' },
  { name: 'text', required: true, max: 2000, about: 'The review' },
  { name: 'reviewerName', required: true, max: 80, about: 'Name shown with the review' },
  { name: 'reviewerRole', required: true, max: 80, about: 'Job title shown with the review' },
  { name: 'company', required: true, max: 120, about: 'Client company shown with the review' },
  {
    name: 'companySize',
    required: true,
    max: 0,
    about: 'Users at the client: an id of `clientSizes` in site settings',
  },
  { name: 'services', required: true, max: 0, about: 'Service ids the partner delivered, one field each' },
  { name: 'projectEnded', required: true, max: 0, about: 'When the project ended, YYYY-MM-DD, not in the future' },
  { name: 'email', required: true, max: 254, about: 'Work email, to check the reviewer is a client; never published' },
  { name: 'consent', required: true, max: 0, about: '"yes": they agreed to the review being published' },
  { name: 'partner', required: true, max: 0, about: 'The partner id' },
  { name: 'locale', required: true, max: 0, about: 'The language of the page the review came from (en, ru)' },
] as const;

export type ReviewFormField = Exclude<(typeof REVIEW_FORM_FIELDS)[number]['name'], 'partner' | 'locale'>;
export type ReviewFormErrors = Partial<Record<ReviewFormField, string>>;
const limit = (name: ReviewFormField) => REVIEW_FORM_FIELDS.find((field) => field.name === name)?.max ?? 0;

export const REVIEW_FORM_ORDER: ReviewFormField[] = REVIEW_FORM_FIELDS.map((field) => field.name).filter(
  (name): name is ReviewFormField => name !== 'partner' && name !== 'locale',
);

export interface ReviewFormValues {
  rating: string;
  title: string;
  text: string;
  reviewerName: string;
  reviewerRole: string;
  company: string;
  companySize: string;
  services: string[];
  projectEnded: string;
  email: string;
  consent: boolean;
  [HONEYPOT_FIELD]: string;
}

export const emptyReview = (): ReviewFormValues => ({
  rating: '',
  title: '',
  text: '',
  reviewerName: '',
  reviewerRole: '',
  company: '',
  companySize: '',
  services: [],
  projectEnded: '',
  email: '',
  consent: false,
  [HONEYPOT_FIELD]: '',
});

/** A YYYY-MM-DD day that exists and is not after `today`. */
function isPastDay(text: string, today: Date): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) && date.getTime() <= today.getTime();
}

export function validateReview(
  values: ReviewFormValues,
  options: { services: readonly string[]; sizes: readonly string[] },
  locale: Locale,
  today = new Date(),
): ReviewFormErrors {
  const say = words[locale].errors;
  const common = formWords[locale];
  const errors: ReviewFormErrors = {};
  if (!/^[1-5]$/.test(values.rating)) errors.rating = say.ratingMissing;
  for (const field of ['title', 'text', 'reviewerName', 'reviewerRole', 'company'] as const) {
    const value = values[field].trim();
    if (!value) errors[field] = say.missing[field];
    else if (value.length > limit(field)) errors[field] = common.tooLong(limit(field));
  }
  if (!options.sizes.includes(values.companySize)) errors.companySize = say.companySizeMissing;
  if (values.services.length === 0 || !values.services.every((id) => options.services.includes(id))) {
    errors.services = say.servicesMissing;
  }
  if (!isPastDay(values.projectEnded, today)) errors.projectEnded = say.projectEndedInvalid;
  const email = values.email.trim();
  if (!email) errors.email = common.emailMissing;
  else if (!EMAIL.test(email) || email.length > limit('email')) errors.email = common.emailInvalid;
  if (!values.consent) errors.consent = say.consentMissing;
  return errors;
}

export function reviewPayload(values: ReviewFormValues, context: { partner: string; locale: Locale }): Payload {
  return {
    rating: values.rating,
    title: line(values.title),
    text: paragraphs(values.text),
    reviewerName: line(values.reviewerName),
    reviewerRole: line(values.reviewerRole),
    company: line(values.company),
    companySize: values.companySize,
    services: values.services,
    projectEnded: values.projectEnded,
    email: values.email.trim(),
    consent: 'yes',
    partner: context.partner,
    locale: context.locale,
  };
}
