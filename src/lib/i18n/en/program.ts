/** The program overview, the program terms and the partner types: their pages and the cards that list them. */
export const program = {
  overview: {
    types: 'Partner types',
    /** Around the links to the tiers and the terms, after the partner types. */
    next: {
      before: 'Next: ',
      tiers: 'compare the tiers',
      between: ' or read the ',
      terms: 'program terms',
      after: '.',
    },
  },
  terms: {
    rates: 'Rates by tier',
    caption: 'Discounts and commissions by tier',
  },
  partnerTypes: {
    /** Before each partner type's `howItEarns` on its card. */
    cardHowYouEarn: 'How you earn:',
    eyebrow: 'Partner type',
    fitsWho: 'Who it fits',
    howYouEarn: 'How you earn',
    /** The side column's heading, by how the partner type earns. */
    rates: {
      referral: 'Referral commission by tier',
      resale: 'Resale discount by tier',
    },
    estimate: (partnerType: string) => `Estimate what you would earn as a ${partnerType.toLowerCase()}`,
    compare: 'Compare all tier requirements and benefits',
    others: {
      label: 'Other partner types',
      heading: 'Other ways to partner',
    },
  },
};
