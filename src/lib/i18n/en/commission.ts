import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.en.intl);

/** How long a referral commission is paid: in the tier table, on the home page, in the calculator. */
export const commission = {
  /** How long a referral commission is paid, on its own, as a table cell shows it (`commissionDuration`). */
  duration: {
    lifetime: 'Customer lifetime',
    years: (count: number) => forms(count, { one: '# year', other: '# years' }),
    months: (count: number) => forms(count, { one: '# month', other: '# months' }),
  },
  /** The same inside a sentence: "15% referral commission for 2 years". */
  period: {
    lifetime: 'for customer lifetime',
    years: (count: number) => forms(count, { one: 'for # year', other: 'for # years' }),
    months: (count: number) => forms(count, { one: 'for # month', other: 'for # months' }),
  },
};
