/** The "Compare" button on cards and profiles, and the tray of chosen partners at the foot of the page. */
import { LOCALE_SETTINGS } from '../locales.ts';
import { plural } from '../plural.ts';

const forms = plural(LOCALE_SETTINGS.en.intl);
const number = new Intl.NumberFormat(LOCALE_SETTINGS.en.intl);

export const compareTray = {
  /** The button on a card or a profile; pressed (and ticked) while the partner is in the list. */
  add: 'Compare',
  /** Said when a fourth partner is asked for. */
  full: (max: number) => `You can compare ${number.format(max)} partners at a time. Remove one from the list first.`,
  /** The tray at the foot of the directory and the profiles. */
  tray: 'Partners to compare',
  remove: (name: string) => `Remove ${name} from the comparison`,
  go: (count: number) => `Compare ${forms(count, { one: '# partner', other: '# partners' })}`,
  needMore: 'Choose one more partner to compare',
  clear: 'Clear the list',
};
