import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.en.intl);
const numbers = new Intl.NumberFormat(LOCALE_SETTINGS.en.intl);

/** The earnings calculator island: its form, messages, results and chart. */
export const calculator = {
  form: {
    model: 'Partner model',
    models: {
      referral: 'Referral: we bill the client, you earn a commission',
      resale: 'Resale: you bill the client at your price',
    },
    tier: 'Tier',
    plan: 'Plan',
    /** A plan in the plan list, with its price for one seat a month. */
    planOption: (plan: { name: string; price: string; seatUnit: string }) =>
      `${plan.name} (${plan.price} per ${plan.seatUnit})`,
    /** The number fields, by the names `src/lib/calculator.ts` gives them. */
    fields: {
      seats: 'Seats per client',
      clients: 'New clients per month',
      churn: 'Monthly churn (%)',
      months: 'Months',
      fee: 'One-time service fee per client',
    },
    hints: {
      churn: 'Share of clients who leave each month; 1 to 2 % is typical for business mail.',
      fee: 'What you charge each new client for migration and setup; leave 0 if you do not.',
    },
  },
  /** What is wrong with a number as typed (`parseNumber`); limits are whole numbers. */
  errors: {
    empty: 'Enter a number',
    notWholeNumber: 'Enter a whole number, such as 15',
    notNumber: 'Enter a number, such as 2.5',
    outOfRange: (min: number, max: number) => `Enter a number from ${numbers.format(min)} to ${numbers.format(max)}`,
    notWholeInRange: (min: number, max: number) =>
      `Enter a whole number from ${numbers.format(min)} to ${numbers.format(max)}`,
    tooManyDecimals: (decimals: number) =>
      forms(decimals, { one: 'Use at most # decimal', other: 'Use at most # decimals' }),
  },
  results: {
    heading: 'What you would earn',
    tooLarge:
      'These figures are too large to compute exactly to the smallest coin. Lower the seats or the clients per month.',
    invalid: 'Fix the highlighted fields to update the figures.',
    /** Added to either message above while earlier figures stay shown. */
    lastValid: 'The figures below are for the last valid entries.',
    lastMonth: (month: number) => `Earnings in month ${month}`,
    total: (months: number) =>
      forms(months, { one: 'Total earnings over # month', other: 'Total earnings over # months' }),
    steady: 'Steady monthly earnings',
    /** In place of steady earnings when they have no limit (no churn, lifetime commission). */
    growing: 'Keep growing while clients stay',
    perMonth: (money: string) => `${money} a month`,
    /** The rates and price the figures come from, under them. */
    basis: {
      referral: (basis: {
        percent: string;
        tier: string;
        period: string;
        plan: string;
        price: string;
        seatUnit: string;
      }) =>
        `${basis.percent} referral commission at ${basis.tier}, paid ${basis.period} of each client, on ${basis.plan} at ${basis.price} per ${basis.seatUnit} a month.`,
      resale: (basis: { percent: string; tier: string; plan: string; price: string; seatUnit: string }) =>
        `${basis.percent} resale discount at ${basis.tier}, on ${basis.plan} at ${basis.price} per ${basis.seatUnit} a month.`,
    },
  },
  /** The same scenario at every tier, and what the next tier would add. */
  tiers: {
    heading: 'The same scenario at every tier',
    label: 'Earnings at every tier',
    tier: 'Tier',
    month: (month: number) => `Month ${month}`,
    total: 'Total',
    steady: 'Steady monthly',
    growing: 'Keeps growing',
    /** Around the link to the next tier and the difference, in bold. */
    next: {
      before: 'At ',
      after: ' the same clients would earn you ',
      more: (money: string) => `${money} more`,
      over: (months: number) => forms(months, { one: ' over # month.', other: ' over # months.' }),
    },
  },
  chart: {
    title: 'Monthly and cumulative earnings',
    description: (chart: { first: string; last: string; lastMonth: number; total: string }) =>
      `Bars show each month's earnings, from ${chart.first} in month 1 to ${chart.last} in month ${chart.lastMonth}. The line shows the running total, ${chart.total} after ${forms(chart.lastMonth, { one: '# month', other: '# months' })}.`,
    monthly: 'Earnings each month',
    runningTotal: 'Running total',
    showTable: 'Show the figures as a table',
    hideTable: 'Hide the table',
    table: 'Earnings by month',
    month: 'Month',
    payingClients: 'Paying clients',
    clientsPay: 'Clients pay',
    youEarn: 'You earn',
  },
};
