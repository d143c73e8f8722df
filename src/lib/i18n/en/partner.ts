/** A partner's profile page: its header, facts, case studies and contact box. */
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.en.intl);

export const partner = {
  eyebrow: (vendor: string) => `${vendor} partner`,
  headquarters: (city: string) => `Headquarters: ${city}`,
  /** Shown when the profile was last verified longer ago than the settings allow. */
  stale: (verifiedOn: string, months: number) =>
    `This profile was last verified on ${verifiedOn}, more than ${forms(months, { one: '# month', other: '# months' })} ago. Check the details with the partner before you rely on them.`,
  about: (name: string) => `About ${name}`,
  /** Titles of the profile's facts; the facet ones list values linking to the directory filtered by each. */
  facts: {
    type: 'Partner type',
    region: 'Regions served',
    service: 'Services',
    industry: 'Industries',
    language: 'Languages',
    certifiedStaff: 'Certified staff',
    since: 'Partner since',
    offices: 'Offices',
    remote: 'Also works remotely across its regions',
    size: 'Client sizes',
    accepting: 'New clients',
    booked: 'Not taking new clients at the moment',
    minProject: 'Smallest project',
    noMinimum: 'No minimum',
  },
  caseStudies: 'Case studies',
  contact: {
    heading: 'Contact',
    /** Before the partner team's address, when the partner lists no way to reach it. */
    askTeam: 'Ask the partner team for an introduction:',
    /** Before the date the profile was last verified. */
    verifiedOn: 'Profile verified on',
    backToAll: 'Back to all partners',
  },
};
