import { describe, expect, it } from 'vitest';
import { isStale, profileCompleteness, staleCutoff } from './partners.ts';

/** A verification date as content holds it: a calendar day at 00:00 UTC. */
const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('isStale', () => {
  it.each([
    ['2026-11-27T12:00:00Z', '2026-11-01', false],
    ['2026-11-27T12:00:00Z', '2025-11-28', false],
    ['2026-11-27T12:00:00Z', '2025-11-27', false],
    ['2026-11-27T12:00:00Z', '2025-11-26', true],
    ['2026-11-27T12:00:00Z', '2024-03-01', true],
    // The exact anniversary is 12 months, not more, at midnight and at noon alike.
    ['2026-03-15T00:00:00Z', '2025-03-15', false],
    ['2026-03-15T12:00:00Z', '2025-03-15', false],
    ['2026-03-15T23:59:59Z', '2025-03-15', false],
    ['2026-03-15T12:00:00Z', '2025-03-14', true],
    // 29 February looks back to 28 February of a common year.
    ['2028-02-29T12:00:00Z', '2027-02-28', false],
    ['2028-02-29T12:00:00Z', '2027-02-27', true],
    ['2029-02-28T12:00:00Z', '2028-02-28', false],
    ['2029-02-28T12:00:00Z', '2028-02-27', true],
    ['2029-03-01T00:00:00Z', '2028-02-29', true],
    // Month ends.
    ['2026-03-31T12:00:00Z', '2025-03-31', false],
    ['2026-03-31T12:00:00Z', '2025-03-30', true],
    ['2027-01-01T00:00:00Z', '2025-12-31', true],
  ])('checked at %s, a profile verified on %s is stale: %s', (today, verified, stale) => {
    expect(isStale(day(verified), new Date(today), 12)).toBe(stale);
  });

  it('follows the period from settings', () => {
    expect(isStale(day('2026-05-27'), new Date('2026-11-27T12:00:00Z'), 6)).toBe(false);
    expect(isStale(day('2026-05-26'), new Date('2026-11-27T12:00:00Z'), 6)).toBe(true);
    expect(staleCutoff(new Date('2026-08-31T08:00:00Z'), 6).toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });
});

describe('profileCompleteness', () => {
  const kazan = { collection: 'cities' as const, id: 'kazan' };
  const bare = { industries: [], caseStudies: [], offices: [{ city: kazan }] };
  const addressed = [{ city: kazan, address: 'Kremlyovskaya St 2' }];
  it('is 0 for a profile with only the required fields and no description', () => {
    expect(profileCompleteness(bare, 0)).toBe(0);
  });

  it('is 1 for a profile with every optional field and a full description', () => {
    const full = {
      offices: addressed,
      website: 'https://x.example',
      email: 'a@x.example',
      logo: '/uploads/x.svg',
      certifiedStaff: 0,
      since: 2020,
      industries: [{ collection: 'industries' as const, id: 'retail' }],
      caseStudies: [{ title: 'Retail chain', summary: 'Moved 400 mailboxes in a weekend.' }],
    };
    expect(profileCompleteness(full, 1000)).toBe(1);
  });

  it('grows with every field filled in', () => {
    const one = profileCompleteness({ ...bare, offices: addressed }, 0);
    const two = profileCompleteness({ ...bare, offices: addressed, website: 'https://x.example' }, 0);
    expect(one).toBeGreaterThan(0);
    expect(two).toBeGreaterThan(one);
  });
});
