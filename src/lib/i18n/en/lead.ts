import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.en.intl);
const numbers = new Intl.NumberFormat(LOCALE_SETTINGS.en.intl);

/** The proposal request: on profiles, on the directory, and for the partners of a comparison. */
export const lead = {
  /** The button that opens the form on a profile, and the form's heading there. */
  open: 'Request a proposal',
  openFromPartner: (partner: string) => `Request a proposal from ${partner}`,
  /** The form on the directory, without a chosen partner. */
  matchTitle: 'Tell us what you need and we will match you with partners',
  matchLead: 'The partner team reads every request and passes it to up to three partners who fit.',
  /** Above the form: who receives it. */
  to: (names: readonly string[]) =>
    names.length === 0 ? 'To the partner team, who will match you with partners' : `To ${names.join(', ')}`,
  fields: {
    company: 'Company',
    contactName: 'Your name',
    email: 'Email',
    phone: 'Phone',
    users: 'Number of users',
    usersHint: 'How many people will use Polynya',
    services: 'Services you need',
    budget: 'Budget',
    choose: 'Choose…',
    start: 'When do you want to start?',
    message: 'What do you need?',
    messageHint: 'Your current mail and documents, deadlines, anything the partner should know.',
    consent: (names: string) => `I agree that ${names} may contact me about this request.`,
    consentTeam: 'I agree that the partner team and the partners it suggests may contact me about this request.',
  },
  start: {
    now: 'As soon as possible',
    month: 'Within a month',
    quarter: 'Within three months',
    later: 'Later this year',
  },
  budget: {
    upTo: (amount: string) => `Up to ${amount}`,
    between: (from: string, to: string) => `${from} to ${to}`,
    over: (amount: string) => `Over ${amount}`,
    unsure: 'Not sure yet',
  },
  /** What the request carries from the directory. */
  fromSearch: (search: string) => `Your search is sent with it: ${search}`,
  send: 'Send request',
  failed: {
    title: 'Your request was not sent',
  },
  done: {
    title: (name: string) => (name ? `Thank you, ${name}` : 'Thank you'),
    sentTo: (names: readonly string[]) =>
      names.length === 0
        ? 'Your request has reached the partner team.'
        : `Your request has reached ${names.join(', ')} and the partner team.`,
    next: (days: number, email: string) =>
      `Expect an answer at ${email || 'your email address'} within ${forms(days, { one: '# business day', other: '# business days' })}. If nobody writes by then, reply to the confirmation and the partner team will follow up.`,
  },
  errors: {
    companyMissing: 'Enter your company’s name',
    contactNameMissing: 'Enter your name',
    usersInvalid: (max: number) => `Enter a whole number of users from 1 to ${numbers.format(max)}`,
    servicesMissing: 'Choose at least one service',
    budgetMissing: 'Choose a budget, or “Not sure yet”',
    startMissing: 'Choose when you want to start',
    consentMissing: 'Agree to be contacted, so the partners can answer',
  },
};
