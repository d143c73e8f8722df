/**
 * A proposal request: a customer asks one to three partners (or the vendor's
 * team, to be matched) for a proposal. `LEAD_FIELDS` is the one list of what
 * is sent: the form's checks, the payload and the README's table of fields
 * all follow it.
 */
import { lead as words } from './i18n/sections/lead.ts';
import type { Locale } from './i18n/locales.ts';
import { form as formWords } from './i18n/sections/form.ts';
import { formatMoney, toMinorUnits, type MoneyFormat } from './money.ts';
import { EMAIL, HONEYPOT_FIELD, isPhone, line, paragraphs, typedCount, type Payload } from './forms.ts';
import { MAX_COMPARED } from './compare.ts';

/** A request names at most this many partners; the comparison page sends one request to all it shows. */
export const MAX_PARTNERS_PER_REQUEST = MAX_COMPARED;
export const START_OPTIONS = ['now', 'month', 'quarter', 'later'] as const;
export const MAX_USERS = 1_000_000;

/** Every field the endpoint receives, in form order; `context` ones are set by the page, not typed. */
export const LEAD_FIELDS = [
  { name: 'company', required: true, max: 120, about: 'The customer’s company' },
  { name: 'contactName', required: true, max: 80, about: 'Who to answer' },
  { name: 'email', required: true, max: 254, about: 'Their email address' },
  { name: 'phone', required: false, max: 30, about: 'Their phone number, international format' },
  { name: 'users', required: true, max: 9, about: 'How many people will use Polynya (a whole number)' },
  { name: 'services', required: true, max: 0, about: 'Service ids from content/services, one field each' },
  {
    name: 'budget',
    required: true,
    max: 0,
    about: 'A budget range id such as 100000-500000 (in the site currency), or unsure',
  },
  { name: 'start', required: true, max: 0, about: `When to start: ${START_OPTIONS.join(', ')}` },
  { name: 'message', required: false, max: 2000, about: 'What they need, in their words' },
  { name: 'consent', required: true, max: 0, about: '"yes": they agreed to be contacted by the partners named' },
  { name: 'partners', required: false, max: 0, about: 'Up to 3 partner ids; none when the vendor’s team is to match' },
  { name: 'locale', required: true, max: 0, about: 'The language of the page the request came from (en, ru)' },
  {
    name: 'search',
    required: false,
    max: 0,
    about: 'The directory search the visitor came from, such as q=kazan&service=security',
  },
] as const;

export type LeadField = Exclude<(typeof LEAD_FIELDS)[number]['name'], 'partners' | 'locale' | 'search'>;
const limit = (name: LeadField) => LEAD_FIELDS.find((field) => field.name === name)?.max ?? 0;

export interface LeadValues {
  company: string;
  contactName: string;
  email: string;
  phone: string;
  users: string;
  services: string[];
  budget: string;
  start: string;
  message: string;
  consent: boolean;
  [HONEYPOT_FIELD]: string;
}

export type LeadErrors = Partial<Record<LeadField, string>>;

/** Fields in the order they appear, for moving focus to the first error. */
export const LEAD_ORDER: LeadField[] = LEAD_FIELDS.map((field) => field.name).filter(
  (name): name is LeadField => name !== 'partners' && name !== 'locale' && name !== 'search',
);

export const emptyLead = (services: readonly string[] = []): LeadValues => ({
  company: '',
  contactName: '',
  email: '',
  phone: '',
  users: '',
  services: [...services],
  budget: '',
  start: '',
  message: '',
  consent: false,
  [HONEYPOT_FIELD]: '',
});

/** The budget choices of the form from the upper bounds in site settings (major units), labelled in `format`. */
export function budgetOptions(
  bounds: readonly number[],
  format: MoneyFormat,
  locale: Locale,
): { id: string; label: string }[] {
  const t = words[locale].budget;
  const money = (amount: number) => formatMoney(toMinorUnits(amount, format.currency), format);
  const sorted = [...new Set(bounds)].filter((bound) => bound > 0).sort((a, b) => a - b);
  const options = sorted.map((upper, index) => {
    const lower = sorted[index - 1];
    return lower === undefined
      ? { id: `0-${upper}`, label: t.upTo(money(upper)) }
      : { id: `${lower}-${upper}`, label: t.between(money(lower), money(upper)) };
  });
  const top = sorted.at(-1);
  return [
    ...options,
    ...(top === undefined ? [] : [{ id: `${top}+`, label: t.over(money(top)) }]),
    { id: 'unsure', label: t.unsure },
  ];
}

export interface LeadOptions {
  services: readonly string[];
  budgets: readonly string[];
}

/** What is wrong with each field, in the words of `locale`; no key when all is well. */
export function validateLead(values: LeadValues, options: LeadOptions, locale: Locale): LeadErrors {
  const say = words[locale].errors;
  const common = formWords[locale];
  const errors: LeadErrors = {};
  const text = (field: 'company' | 'contactName' | 'message', missing?: string) => {
    const value = values[field].trim();
    if (!value && missing) errors[field] = missing;
    else if (value.length > limit(field)) errors[field] = common.tooLong(limit(field));
  };
  text('company', say.companyMissing);
  text('contactName', say.contactNameMissing);
  const email = values.email.trim();
  if (!email) errors.email = common.emailMissing;
  else if (!EMAIL.test(email) || email.length > limit('email')) errors.email = common.emailInvalid;
  if (values.phone.trim() && !isPhone(values.phone.trim())) errors.phone = common.phoneInvalid;
  const users = typedCount(values.users, MAX_USERS);
  if (!(users >= 1)) errors.users = say.usersInvalid(MAX_USERS);
  if (values.services.length === 0 || !values.services.every((id) => options.services.includes(id))) {
    errors.services = say.servicesMissing;
  }
  if (!options.budgets.includes(values.budget)) errors.budget = say.budgetMissing;
  if (!(START_OPTIONS as readonly string[]).includes(values.start)) errors.start = say.startMissing;
  text('message');
  if (!values.consent) errors.consent = say.consentMissing;
  return errors;
}

export interface LeadContext {
  /** The partners asked, at most `MAX_PARTNERS_PER_REQUEST`; none for the vendor's team to match. */
  partners: readonly string[];
  locale: Locale;
  /** The directory search the visitor came from, as its query string without "?". */
  search: string;
}

/** The directory search a visitor came from, kept only if it is a directory query string, at most 500 characters. */
export function searchContext(text: string | null | undefined): string {
  const value = (text ?? '').replace(/^\?/, '');
  return value.length <= 500 && /^[\p{L}\p{N}=&%+._~-]*$/u.test(value) ? value : '';
}

/** A search as a visitor reads it: "q=kazan mail, service=security". */
export function readableSearch(search: string): string {
  const pairs = [...new URLSearchParams(search)].map(([key, value]) => `${key}=${value}`);
  return pairs.join(', ');
}

/** What the endpoint receives: the names of `LEAD_FIELDS`, typed text cleaned. */
export function leadPayload(values: LeadValues, context: LeadContext): Payload {
  return {
    company: line(values.company),
    contactName: line(values.contactName),
    email: values.email.trim(),
    phone: values.phone.trim(),
    users: String(typedCount(values.users, MAX_USERS)),
    services: values.services,
    budget: values.budget,
    start: values.start,
    message: paragraphs(values.message),
    consent: 'yes',
    partners: [...new Set(context.partners)].slice(0, MAX_PARTNERS_PER_REQUEST),
    locale: context.locale,
    search: searchContext(context.search),
  };
}
