import { LOCALE_SETTINGS } from '../locales.ts';

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
    /** The consent checkbox, around its link to the program terms. */
    consentBefore: 'I have read and accept the ',
    consentLink: 'program terms',
    consentAfter: '',
  },
  send: 'Send application',
  /** Above the form after a first attempt, while fields are wrong. */
  failed: {
    title: 'Your application was not sent',
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
    websiteInvalid: 'Enter an address starting with https:// or http://',
    partnerTypeMissing: 'Choose how you want to partner',
    regionsMissing: 'Choose at least one region you serve',
    servicesMissing: 'Choose at least one service you offer',
    clientsPerYearInvalid: (max: number) => `Enter a whole number from 0 to ${numbers.format(max)}`,
    consentMissing: 'Accept the program terms to apply',
  },
};
