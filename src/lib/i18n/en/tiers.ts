/** The tier comparison, the tiers page, each tier's page, and the words of tier terms wherever they show. */
export const tiers = {
  /** Labels of the benefit rows of the comparison, built from each tier's terms (`benefitRows`). */
  rows: {
    resaleDiscount: 'Resale discount off list price',
    referralCommission: 'Referral commission',
    commissionPaidFor: 'Commission paid for',
    /** The commission on an example client of the dearest plan partners sell. */
    exampleCommission: (example: { seats: number; seatUnit: string; plan: string }) =>
      `Monthly referral commission on one ${example.seats}-${example.seatUnit} ${example.plan} client`,
    marketDevelopmentFunds: 'Market development funds',
    supportResponse: 'Partner support response',
    leads: 'Leads from the directory',
    freeLicences: 'Free licences for your team',
    yes: 'Yes',
    no: 'No',
  },
  /** Headings of the groups of rows in the comparison table. */
  requirements: 'Requirements',
  benefits: 'Benefits',
  /** The tiers page. */
  index: {
    title: 'Partner tiers',
    description: (names: readonly string[]) =>
      `Requirements and benefits of the ${names.join(', ')} partner tiers, side by side.`,
    lead: 'Every partner starts at the entry tier. Certify your team and grow your client base to earn a higher discount and commission, receive leads and get faster support. Tiers are reviewed every six months.',
    caption: 'Tier requirements and benefits',
    about: (tier: string) => `About ${tier}`,
    /** Around the link to the program terms. */
    terms: {
      before: 'How payouts, attribution and deal registration work: ',
      link: 'program terms',
      after: '.',
    },
  },
  /** Each tier's page. */
  tier: {
    title: (tier: string) => `${tier} tier`,
    eyebrow: 'Partner tier',
    nextAdds: (tier: string) => `What ${tier} adds`,
    requirementsOf: (tier: string) => `${tier} requirements`,
    estimate: (tier: string) => `Estimate your earnings at ${tier}`,
    /** Around the link to the calculator page, which keeps the scenario in its address. */
    calculator: {
      link: 'Open the full calculator',
      after: ' to share your numbers.',
    },
    /** The links to the tiers below and above. */
    pager: 'Tiers',
    allTiers: 'All tiers compared',
  },
};
