/** Rules about partner profiles that pages and the directory share. */

/** A profile not verified for this long shows a notice. */
export const STALE_AFTER_MONTHS = 12;

/** Whether a profile's last verification is more than 12 calendar months before `now`. */
export function isStale(verified: Date, now: Date = new Date()): boolean {
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
  return verified.getTime() < limit.getTime();
}

export interface ProfileFields {
  city?: string | undefined;
  website?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  logo?: string | undefined;
  certifiedStaff?: number | undefined;
  since?: number | undefined;
  industries: readonly unknown[];
  caseStudies: readonly unknown[];
}

/** Length of description from which a profile counts as described in full. */
const FULL_DESCRIPTION = 300;

/**
 * Share of what a customer looks for that the profile provides, 0 to 1: the
 * optional fields, at least one case study and a real description.
 */
export function profileCompleteness(profile: ProfileFields, descriptionLength: number): number {
  const checks = [
    profile.city,
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
