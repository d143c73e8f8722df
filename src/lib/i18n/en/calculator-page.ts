/** The earnings calculator's page around the island: its heading, how it calculates, the worked example. */
export const calculatorPage = {
  title: 'Earnings calculator',
  description: (vendor: string) =>
    `Estimate what you would earn as a ${vendor} partner, month by month, at every tier.`,
  lead: 'Enter how many clients you expect to bring and see your earnings month by month, at your tier and at the next one. Copy the address to share your numbers.',
  /** How the figures are computed, below the calculator. */
  method: {
    heading: 'How we calculate',
    cohorts: 'Every month, the number of new clients you enter start paying at the start of the month.',
    churn:
      'Each month, the monthly churn share of every group of clients leaves. We count the expected number of clients, so fractions of a client are kept rather than rounded.',
    price: 'Each paying client pays the plan’s list price for every seat, every month.',
    referral: {
      term: 'Referral:',
      text: 'you earn your tier’s commission on what each client pays, for the tier’s commission period counted from the client’s first month (or for as long as the client stays, where the tier says so).',
    },
    resale: {
      term: 'Resale:',
      text: 'you keep your tier’s discount on everything your clients pay, for as long as they stay.',
    },
    fee: 'The one-time service fee is earned once for each new client, in the month they join.',
    rounding:
      'Each month’s earnings are rounded to the smallest unit of the currency (the kopeck for roubles); the total is the sum of the rounded months. Steady monthly earnings are what a month settles at when you keep bringing the same number of clients for long enough.',
    free: 'Free plans are not sold through partners and never earn anything.',
    /** Around the links to the tier table and the program terms. */
    sources: {
      before: 'Figures are estimates before tax, from the rates in the ',
      tiers: 'tier table',
      between: ' and the ',
      terms: 'program terms',
      after: '.',
    },
  },
  /** The default scenario computed at build time, shown until the island runs and without JavaScript. */
  example: {
    heading: 'A worked example',
    scenario: (example: {
      tier: string;
      percent: string;
      period: string;
      clients: number;
      seats: number;
      seatUnit: string;
      plan: string;
      churn: number;
    }) =>
      `A referral partner at ${example.tier} (${example.percent} commission ${example.period} of each client) brings ${example.clients} new clients a month, each with ${example.seats} ${example.seatUnit}s of ${example.plan}, and loses ${example.churn} % of clients a month.`,
    table: 'Worked example by month',
    month: 'Month',
    earnings: 'You earn that month',
    runningTotal: 'Running total',
    noScript: 'Turn on JavaScript to enter your own figures.',
  },
};
