/** The frame of every page: header, footer, language switcher, the page-not-found page. */
export const site = {
  skipLink: 'Skip to content',
  mainNavigation: 'Main',
  footerNavigation: 'Footer',
  programOf: (vendor: string) => `The partner program of ${vendor}.`,
  partnerTeam: 'Partner team:',
  footerLinks: {
    program: 'Program overview',
    tiers: 'Partner tiers',
    calculator: 'Earnings calculator',
    partners: 'Find a partner',
    resources: 'Enablement library',
    apply: 'Become a partner',
    terms: 'Program terms',
    faq: 'FAQ',
    about: (vendor: string) => `About ${vendor}`,
  },
  language: 'Language',
  /** Said of text shown in another language than the page's, because it has no translation yet. */
  untranslated: (inLanguage: string) => `This text has not been translated yet and is shown ${inLanguage}.`,
  /** Each language as the note above names it. */
  inLanguage: { en: 'in English', ru: 'in Russian' },
  notFound: {
    title: 'Page not found',
    description: 'The page you asked for does not exist.',
    lead: 'The address may be mistyped, or the page has moved.',
    home: 'Go to the home page',
  },
};
