/**
 * The partner application: its fields, their rules and the data sent to the
 * endpoint. Pure: the form island only holds state and renders.
 */
import { apply } from './i18n/sections/apply.ts';
import type { Locale } from './i18n/locales.ts';
import { form as formWords } from './i18n/sections/form.ts';
import {
  EMAIL,
  formRequest,
  HONEYPOT_FIELD,
  isHttpUrl,
  isPhone,
  line,
  paragraphs,
  type FormFormat,
  type Payload,
} from './forms.ts';

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
  [HONEYPOT_FIELD]: string;
}

export type ApplicationField = Exclude<keyof ApplicationValues, typeof HONEYPOT_FIELD>;
export type ApplicationErrors = Partial<Record<ApplicationField, string>>;

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

export const MAX_COMPANY = 120;
export const MAX_CONTACT_NAME = 80;
export const MAX_MESSAGE = 2000;
const MAX_CLIENTS_PER_YEAR = 100_000;

/** What is wrong with each field, if anything, in the words of `locale`; no key when all is well. */
export function validateApplication(
  values: ApplicationValues,
  options: { partnerTypes: readonly string[]; regions: readonly string[]; services: readonly string[] },
  locale: Locale,
): ApplicationErrors {
  const say = apply[locale].errors;
  const common = formWords[locale];
  const errors: ApplicationErrors = {};
  const company = values.company.trim();
  if (!company) errors.company = say.companyMissing;
  else if (company.length > MAX_COMPANY) errors.company = common.tooLong(MAX_COMPANY);
  const name = values.contactName.trim();
  if (!name) errors.contactName = say.contactNameMissing;
  else if (name.length > MAX_CONTACT_NAME) errors.contactName = common.tooLong(MAX_CONTACT_NAME);
  const email = values.email.trim();
  if (!email) errors.email = common.emailMissing;
  else if (!EMAIL.test(email)) errors.email = common.emailInvalid;
  if (values.phone.trim() && !isPhone(values.phone.trim())) errors.phone = common.phoneInvalid;
  if (values.website.trim() && !isHttpUrl(values.website.trim())) errors.website = say.websiteInvalid;
  if (!options.partnerTypes.includes(values.partnerType)) errors.partnerType = say.partnerTypeMissing;
  if (values.regions.length === 0 || !values.regions.every((id) => options.regions.includes(id))) {
    errors.regions = say.regionsMissing;
  }
  if (values.services.length === 0 || !values.services.every((id) => options.services.includes(id))) {
    errors.services = say.servicesMissing;
  }
  const clients = values.clientsPerYear.replace(/[\s\u00a0]/g, '');
  if (!/^\d{1,6}$/.test(clients) || Number(clients) > MAX_CLIENTS_PER_YEAR) {
    errors.clientsPerYear = say.clientsPerYearInvalid(MAX_CLIENTS_PER_YEAR);
  }
  if (values.message.length > MAX_MESSAGE) errors.message = common.tooLong(MAX_MESSAGE);
  if (!values.consent) errors.consent = say.consentMissing;
  return errors;
}

/** What the endpoint receives; the same names as the no-JavaScript form posts, with typed text cleaned. */
export function applicationPayload(values: ApplicationValues): Payload {
  return {
    company: line(values.company),
    contactName: line(values.contactName),
    email: values.email.trim(),
    phone: values.phone.trim(),
    website: values.website.trim(),
    partnerType: values.partnerType,
    regions: values.regions,
    services: values.services,
    clientsPerYear: String(Number(values.clientsPerYear.replace(/[\s\u00a0]/g, ''))),
    message: paragraphs(values.message),
    consent: 'yes',
  };
}

/** The request for the endpoint, as form fields or as JSON. */
export const applicationRequest = (values: ApplicationValues, format: FormFormat): RequestInit =>
  formRequest(applicationPayload(values), format);
