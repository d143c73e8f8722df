import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.en.intl);
const numbers = new Intl.NumberFormat(LOCALE_SETTINGS.en.intl);

/** The application page and its form. */
export const apply = {
  title: 'Become a partner',
  description: (vendor: string) =>
    `Apply to the ${vendor} partner program: it takes a minute, and the partner team answers within 5 business days.`,
  lead: 'Tell us about your company and the clients you serve. Joining is free; the partner team answers within 5 business days.',
  /** Where the site has no form endpoint: the application goes by email. */
  byEmail: {
    title: 'Apply by email',
    /** The subject line of the email it opens. */
    subject: 'Partner application',
    /** Around the email address, its link; the page puts a space on each side. */
    before: 'Write to',
    after:
      'with your company name, website, the regions you serve, the services you offer and how many new clients a year you expect to bring.',
  },
  fields: {
    company: 'Company',
    contactName: 'Contact name',
    email: 'Email',
    phone: 'Phone',
    website: 'Website',
    partnerType: 'Partner type',
    choose: 'Choose…',
    regions: 'Regions you serve',
    services: 'Services you offer',
    clientsPerYear: 'Expected new clients per year',
    message: 'Message',
    messageHint: 'Your clients, your team, and what you expect from the program.',
    /** Follows the label of a field that may be left empty. */
    optional: ' (optional)',
    /** The field only bots fill in; hidden from people. */
    honeypot: 'Fax (leave empty)',
    /** The consent checkbox, around its link to the program terms. */
    consentBefore: 'I have read and accept the ',
    consentLink: 'program terms',
    consentAfter: '',
  },
  send: 'Send application',
  sending: 'Sending…',
  /** Above the form after a first attempt, while fields are wrong. */
  fixFields: (count: number) =>
    forms(count, { one: 'Please fix the field marked below.', other: 'Please fix # fields marked below.' }),
  failed: {
    title: 'Your application was not sent',
    /** Why, after the title. */
    serverAnswered: (status: number) => `the server answered ${status}`,
    connectionFailed: 'the connection failed',
    /** After the reason, before the team's email address, its link. */
    keep: (reason: string) => `: ${reason}. Everything you typed is still here; try again in a moment, or email it to `,
    end: '.',
  },
  done: {
    title: (name: string) => (name ? `Thank you, ${name}` : 'Thank you'),
    lead: 'Your application has reached the partner team. What happens next:',
    review: (email: string) => `Within 5 business days a partner manager reviews it and writes to ${email || 'you'}.`,
    agreement: 'You sign the partner agreement online and get your partner account and sandbox.',
    /** The last step, around its link to the library. */
    startBefore: 'You start with the ',
    startLink: 'enablement library',
    startAfter: ' and the Sales Foundations course.',
  },
  /** What is wrong with a field, shown next to it. */
  errors: {
    companyMissing: 'Enter your company’s name',
    contactNameMissing: 'Enter the name of the person we should contact',
    emailMissing: 'Enter an email address',
    emailInvalid: 'Enter an email address such as name@company.ru',
    phoneInvalid: 'Enter a phone number such as +7 495 123-45-67',
    websiteInvalid: 'Enter an address starting with https:// or http://',
    partnerTypeMissing: 'Choose how you want to partner',
    regionsMissing: 'Choose at least one region you serve',
    servicesMissing: 'Choose at least one service you offer',
    clientsPerYearInvalid: (max: number) => `Enter a whole number from 0 to ${numbers.format(max)}`,
    tooLong: (max: number) => forms(max, { one: 'Use at most # character', other: 'Use at most # characters' }),
    consentMissing: 'Accept the program terms to apply',
  },
};
