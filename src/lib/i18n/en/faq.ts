/** The FAQ page; its questions and answers come from content. */
export const faq = {
  title: 'Frequently asked questions',
  description:
    'Answers about joining the partner program, commissions and payouts, deal registration, support and the partner directory.',
  lead: 'Can’t find your answer? Write to the partner team; we reply within one business day.',
  /** The list of categories beside the questions. */
  topicsLabel: 'FAQ topics',
  topics: 'Topics',
  /** The link beside each question, read by screen readers. */
  linkToQuestion: 'Link to this question',
};
