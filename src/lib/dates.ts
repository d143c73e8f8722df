/** One formatter per locale: making one costs more than formatting many dates (each profile shows several). */
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * Dates as numbers in the site locale (27.11.2026 in ru-RU, 27/11/2026 in
 * en-GB): language-neutral, so they read well whatever language the page
 * text is in. Dates in content are calendar days, so they are shown in UTC.
 */
export function formatDate(date: Date, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(date);
}

/** The date as YYYY-MM-DD, for <time datetime>. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
