/**
 * Decap CMS filters a list with a regular expression over a field's text, so
 * "verified too long ago" becomes a pattern matching every YYYY-MM-DD date
 * before a cutoff (`staleCutoff` in src/lib/partners.ts, as on the site).
 */

const digitBelow = (digit: number) => (digit === 0 ? '' : digit === 1 ? '0' : `[0-${digit - 1}]`);

/** A pattern for decimal strings of the same length as `limit` that are smaller than it. */
function numbersBelow(limit: string): string {
  const options: string[] = [];
  for (let at = 0; at < limit.length; at += 1) {
    const below = digitBelow(Number(limit[at]));
    if (below) options.push(`${limit.slice(0, at)}${below}${'\\d'.repeat(limit.length - at - 1)}`);
  }
  return options.length > 0 ? `(?:${options.join('|')})` : '(?!)';
}

/** Matches `YYYY-MM-DD` text (optionally followed by a time) strictly before `cutoff`. */
export function datesBefore(cutoff: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cutoff);
  if (!match) throw new Error(`Expected a YYYY-MM-DD date, got "${cutoff}"`);
  const [, year = '', month = '', day = ''] = match;
  const earlierYear = `${numbersBelow(year)}-\\d{2}-\\d{2}`;
  const earlierMonth = `${year}-${numbersBelow(month)}-\\d{2}`;
  const earlierDay = `${year}-${month}-${numbersBelow(day)}`;
  return `^(?:${earlierYear}|${earlierMonth}|${earlierDay})(?:$|T)`;
}
