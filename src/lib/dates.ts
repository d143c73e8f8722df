/**
 * Dates as numbers in the site locale (27.11.2026 in ru-RU, 27/11/2026 in
 * en-GB): language-neutral, so they read well whatever language the page
 * text is in. Dates in content are calendar days, so they are shown in UTC.
 */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** The date as YYYY-MM-DD, for <time datetime>. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
