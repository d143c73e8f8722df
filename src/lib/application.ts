/**
 * The partner application: its fields, their rules and the data sent to the
 * endpoint. Pure: the form island only holds state and renders.
 */
import { cleanTyped, PHONE_NUMBER } from './text.ts';

export interface ApplicationValues {
  company: string;
  contactName: string;
  email: string;
  phone: string;
  website: string;
  partnerType: string;
  regions: string[];
  services: string[];
  clientsPerYear: string;
  message: string;
  consent: boolean;
  /** Hidden from people; a bot that fills it is ignored. */
  fax: string;
}

export type ApplicationField = Exclude<keyof ApplicationValues, 'fax'>;
export type ApplicationErrors = Partial<Record<ApplicationField, string>>;

export const HONEYPOT_FIELD = 'fax';

export const emptyApplication = (): ApplicationValues => ({
  company: '',
  contactName: '',
  email: '',
  phone: '',
  website: '',
  partnerType: '',
  regions: [],
  services: [],
  clientsPerYear: '',
  message: '',
  consent: false,
  fax: '',
});

/** Fields in the order they appear, for moving focus to the first error. */
export const APPLICATION_FIELDS: ApplicationField[] = [
  'company',
  'contactName',
  'email',
  'phone',
  'website',
  'partnerType',
  'regions',
  'services',
  'clientsPerYear',
  'message',
  'consent',
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
export const MAX_MESSAGE = 2000;

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export function validateApplication(
  values: ApplicationValues,
  options: { partnerTypes: readonly string[]; regions: readonly string[]; services: readonly string[] },
): ApplicationErrors {
  const errors: ApplicationErrors = {};
  const company = values.company.trim();
  if (!company) errors.company = 'Enter your company’s name';
  else if (company.length > 120) errors.company = 'Use at most 120 characters';
  const name = values.contactName.trim();
  if (!name) errors.contactName = 'Enter the name of the person we should contact';
  else if (name.length > 80) errors.contactName = 'Use at most 80 characters';
  const email = values.email.trim();
  if (!email) errors.email = 'Enter an email address';
  else if (!EMAIL.test(email)) errors.email = 'Enter an email address such as name@company.ru';
  if (values.phone.trim() && !PHONE_NUMBER.test(values.phone.trim()))
    errors.phone = 'Enter a phone number such as +7 495 123-45-67';
  if (values.website.trim() && !isHttpUrl(values.website.trim()))
    errors.website = 'Enter an address starting with https:// or http://';
  if (!options.partnerTypes.includes(values.partnerType)) errors.partnerType = 'Choose how you want to partner';
  if (values.regions.length === 0 || !values.regions.every((id) => options.regions.includes(id))) {
    errors.regions = 'Choose at least one region you serve';
  }
  if (values.services.length === 0 || !values.services.every((id) => options.services.includes(id))) {
    errors.services = 'Choose at least one service you offer';
  }
  const clients = values.clientsPerYear.replace(/[\s\u00a0]/g, '');
  if (!/^\d{1,6}$/.test(clients) || Number(clients) > 100_000) {
    errors.clientsPerYear = 'Enter a whole number from 0 to 100,000';
  }
  if (values.message.length > MAX_MESSAGE)
    errors.message = `Use at most ${MAX_MESSAGE.toLocaleString('en')} characters`;
  if (!values.consent) errors.consent = 'Accept the program terms to apply';
  return errors;
}

/** True when the hidden field was filled in: a bot, whose application is dropped. */
export const isBot = (values: ApplicationValues): boolean => values.fax.trim() !== '';

/** What the endpoint receives; the same names as the no-JavaScript form posts, with typed text cleaned. */
export function applicationPayload(values: ApplicationValues): Record<string, string | string[]> {
  return {
    company: cleanTyped(values.company),
    contactName: cleanTyped(values.contactName),
    email: values.email.trim(),
    phone: values.phone.trim(),
    website: values.website.trim(),
    partnerType: values.partnerType,
    regions: values.regions,
    services: values.services,
    clientsPerYear: String(Number(values.clientsPerYear.replace(/[\s\u00a0]/g, ''))),
    message: cleanTyped(values.message, { multiline: true }),
    consent: 'yes',
  };
}

/** The request for the endpoint, as form fields or as JSON. */
export function applicationRequest(values: ApplicationValues, format: 'form-data' | 'json'): RequestInit {
  const payload = applicationPayload(values);
  if (format === 'json') {
    return {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(payload),
    };
  }
  const body = new FormData();
  for (const [key, value] of Object.entries(payload)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  }
  return { method: 'POST', headers: { Accept: 'application/json' }, body };
}
