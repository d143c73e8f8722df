import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.en.intl);

/** What every form that posts to an endpoint says alike: the application, the proposal request, the review. */
export const form = {
  /** Follows the label of a field that may be left empty. */
  optional: ' (optional)',
  /** The field only bots fill in; hidden from people. */
  honeypot: 'Fax (leave empty)',
  sending: 'Sending…',
  /** Above the form after a first attempt, while fields are wrong. */
  fixFields: (count: number) =>
    forms(count, { one: 'Please fix the field marked below.', other: 'Please fix # fields marked below.' }),
  /** Why sending failed, after the form's own "… was not sent". */
  failed: {
    serverAnswered: (status: number) => `the server answered ${status}`,
    connectionFailed: 'the connection failed',
    /** After the reason, before the team's email address, its link. */
    keep: (reason: string) => `: ${reason}. Everything you typed is still here; try again in a moment, or email it to `,
    end: '.',
  },
  tooLong: (max: number) => forms(max, { one: 'Use at most # character', other: 'Use at most # characters' }),
  emailMissing: 'Enter an email address',
  emailInvalid: 'Enter an email address such as name@company.ru',
  phoneInvalid: 'Enter a phone number such as +7 495 123-45-67',
};
