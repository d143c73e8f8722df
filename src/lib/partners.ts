/** Rules about partner profiles that pages and the directory share. */
import type { Partner } from '../schemas/partner';

/**
 * The earliest verification day that still counts as recent: the same
 * calendar day `months` before today (the month's last day where that month
 * is shorter, so 29 February looks back to 28 February), at 00:00 UTC.
 * Verification dates are calendar days, so the time of day `today` is read
 * at never matters. The site's notice and the CMS's "verified too long ago"
 * filter both use it.
 */
export function staleCutoff(today: Date, months: number): Date {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(today.getUTCDate(), lastDay)));
}

/** Whether a profile was last verified more than `months` calendar months before `today`. */
export function isStale(verified: Date, today: Date, months: number): boolean {
  return verified.getTime() < staleCutoff(today, months).getTime();
}

/** The optional parts of a profile that count toward its completeness. */
export type ProfileFields = Pick<
  Partner,
  'offices' | 'website' | 'email' | 'phone' | 'logo' | 'certifiedStaff' | 'since' | 'industries' | 'caseStudies'
>;

/** Length of description from which a profile counts as described in full. */
const FULL_DESCRIPTION = 300;

/**
 * Share of what a customer looks for that the profile provides, 0 to 1: the
 * optional fields, at least one case study and a real description.
 */
export function profileCompleteness(profile: ProfileFields, descriptionLength: number): number {
  const checks = [
    profile.offices.some((office) => office.address),
    profile.website,
    profile.email ?? profile.phone,
    profile.logo,
    profile.certifiedStaff !== undefined,
    profile.since !== undefined,
    profile.industries.length > 0,
    profile.caseStudies.length > 0,
  ].map(Boolean);
  const fields = checks.filter(Boolean).length;
  const description = Math.min(1, descriptionLength / FULL_DESCRIPTION);
  return (fields + description) / (checks.length + 1);
}

/** Days since 1970-01-01 (UTC) of a date, as the directory data stores it. */
export const dayNumber = (date: Date): number => Math.floor(date.getTime() / 86_400_000);
