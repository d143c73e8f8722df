/** Comparing partners side by side: /partners/compare/ (the buttons and the tray are `compare-tray.ts`). */
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.en.intl);
const kilometres = new Intl.NumberFormat(LOCALE_SETTINGS.en.intl, { style: 'unit', unit: 'kilometer' });
const list = new Intl.ListFormat(LOCALE_SETTINGS.en.intl, { type: 'conjunction' });

export const compare = {
  /** /partners/compare/ */
  title: 'Compare partners',
  description: (vendor: string) =>
    `Up to three ${vendor} partners side by side: services, regions, offices, clients and ratings.`,
  lead: 'Up to three partners side by side. Rows where they differ are marked.',
  noScript:
    'The comparison is put together in your browser and needs JavaScript. Every partner’s profile has the same facts.',
  backToDirectory: 'Back to the directory',
  loading: 'Loading the partners…',
  failed: 'The partners could not be loaded. Try again, or open their profiles from the directory.',
  /** Fewer than two partners chosen. */
  empty: 'Choose two or three partners in the directory with “Compare” on their cards or profiles.',
  /** Ids in the address that name no partner (removed, or mistyped). */
  dropped: (count: number) =>
    forms(count, {
      one: 'One partner in this link no longer exists in the directory and is left out.',
      other: '# partners in this link no longer exist in the directory and are left out.',
    }),
  /** The header of the row labels' column, for screen readers. */
  fact: 'Fact',
  differs: 'Differs between these partners',
  /** Marks in the rows of services, industries and the like. */
  yes: 'Yes',
  no: 'No',
  removeColumn: (name: string) => `Remove ${name}`,
  profile: 'Open the profile',
  /** Row titles. */
  rows: {
    tier: 'Tier',
    rating: 'Client rating',
    types: 'Partner type',
    services: 'Services',
    industries: 'Industries',
    regions: 'Regions served',
    offices: 'Offices',
    distance: (place: string) => (place ? `Distance from ${place}` : 'Distance from you'),
    languages: 'Languages',
    sizes: 'Client sizes',
    minProject: 'Smallest project',
    accepting: 'New clients',
    certifiedStaff: 'Certified staff',
    since: 'Partner since',
    verified: 'Profile verified on',
  },
  noRating: 'No verified reviews yet',
  rating: (average: string, count: number) =>
    `${average} out of 5 from ${forms(count, { one: '# review', other: '# reviews' })}`,
  km: (km: number) => kilometres.format(Math.max(1, Math.round(km))),
  remote: 'Works remotely in your region',
  notGiven: 'Not given',
  noMinimum: 'No minimum',
  accepting: 'Taking new clients',
  booked: 'Not taking new clients at the moment',
  /** After the verification date of a profile older than the settings allow. */
  stale: (months: number) =>
    `more than ${forms(months, { one: '# month', other: '# months' })} ago: check the details with the partner`,
  /** "Request proposals from these partners" */
  request: (names: readonly string[]) => `Request proposals from ${list.format(names)}`,
};
