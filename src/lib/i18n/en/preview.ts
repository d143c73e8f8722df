/** The CMS's preview pane: the headings around the site's own components and the stand-ins for empty fields. */
export const preview = {
  loading: 'Loading preview…',
  inDirectory: 'In the directory',
  inLibrary: 'In the library',
  profile: 'Profile',
  program: 'Program',
  question: 'Frequently asked question',
  contact: { website: 'Website', email: 'Email', phone: 'Phone' },
  /** Who answers a review, in the preview, where the partner's name is not at hand. */
  thePartner: 'the partner',
  logo: 'Logo',
  /** Shown in place of a field the editor has not filled in yet. */
  empty: {
    tier: 'New tier',
    partner: 'Partner name',
    resource: 'Resource title',
    page: 'Page title',
    review: 'Review title',
    question: 'The question',
    noTier: 'No tier chosen',
  },
};
