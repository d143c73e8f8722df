import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.en.intl);

/** The home page. */
export const home = {
  eyebrow: (vendor: string) => `${vendor} partner program`,
  apply: 'Apply to become a partner',
  compareTiers: 'Compare tiers',
  why: (vendor: string) => `Why partner with ${vendor}`,
  types: {
    heading: 'Ways to partner',
    intro: 'Pick the model that matches how you already work with clients. Many partners combine two.',
  },
  tiers: {
    heading: (count: number) => forms(count, { one: 'Grow through # tier', other: 'Grow through # tiers' }),
    intro: (entryTier: string) =>
      `Every partner starts at ${entryTier}. Certify your team and grow your client base to earn more on every invoice.`,
    /** After each tier's rates, large: "15%". */
    referralCommission: 'referral commission',
    resaleDiscount: 'resale discount',
    /** The link to a tier's page; the hidden part completes it for screen readers. */
    link: (tier: string) => `${tier} requirements`,
    linkHidden: ' and benefits',
    comparison: 'See the full tier comparison',
  },
  next: {
    heading: 'Ready to start?',
    text: 'Tell us about your company and the clients you serve. Looking for a partner to work with instead? We will introduce you to one in your region.',
    apply: 'Apply now',
    findPartner: 'Find a partner',
  },
};
