import { describe, expect, it } from 'vitest';
import { isStale, profileCompleteness } from './partners.ts';

describe('isStale', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it.each([
    ['2026-11-01', false],
    ['2025-11-28', false],
    ['2025-11-27', false],
    ['2025-11-26', true],
    ['2024-03-01', true],
  ])('a profile verified on %s is stale: %s', (day, stale) => {
    expect(isStale(new Date(`${day}T12:00:00Z`), now)).toBe(stale);
  });
});

describe('profileCompleteness', () => {
  const bare = { industries: [], caseStudies: [] };
  it('is 0 for a profile with only the required fields and no description', () => {
    expect(profileCompleteness(bare, 0)).toBe(0);
  });

  it('is 1 for a profile with every optional field and a full description', () => {
    const full = {
      city: 'Kazan',
      website: 'https://x.example',
      email: 'a@x.example',
      logo: '/uploads/x.svg',
      certifiedStaff: 0,
      since: 2020,
      industries: ['retail'],
      caseStudies: [{}],
    };
    expect(profileCompleteness(full, 1000)).toBe(1);
  });

  it('grows with every field filled in', () => {
    const one = profileCompleteness({ ...bare, city: 'Kazan' }, 0);
    const two = profileCompleteness({ ...bare, city: 'Kazan', website: 'https://x.example' }, 0);
    expect(one).toBeGreaterThan(0);
    expect(two).toBeGreaterThan(one);
  });
});
