import { describe, expect, it } from 'vitest';
import { describeBrokenReferences, findBrokenReferences, type EntryLike } from './references.ts';

const plan = (id: string): EntryLike => ({
  id,
  collection: 'plans',
  filePath: `content/plans/${id}.yaml`,
  data: { name: id },
});

describe('findBrokenReferences', () => {
  it('accepts references to entries that exist', () => {
    const tier: EntryLike = {
      id: 'gold',
      collection: 'tiers',
      filePath: 'content/tiers/gold.md',
      data: { internalLicences: { plan: { collection: 'plans', id: 'suite' }, seats: 25 } },
    };
    expect(findBrokenReferences([plan('suite'), tier])).toEqual([]);
  });

  it('names the file and the field of each reference to a missing entry, inside lists too', () => {
    const partner: EntryLike = {
      id: 'acme',
      collection: 'partners',
      filePath: 'content/partners/acme.md',
      data: {
        tier: { collection: 'tiers', id: 'gold' },
        services: [
          { collection: 'services', id: 'migration' },
          { collection: 'services', id: 'hosting' },
        ],
        verified: new Date('2026-01-01'),
      },
    };
    const services: EntryLike = { id: 'hosting', collection: 'services', data: { label: 'Hosting' } };
    const broken = findBrokenReferences([partner, services]);
    expect(broken).toEqual([
      { file: 'content/partners/acme.md', field: 'tier', collection: 'tiers', id: 'gold' },
      { file: 'content/partners/acme.md', field: 'services.0', collection: 'services', id: 'migration' },
    ]);
    expect(describeBrokenReferences(broken)).toContain(
      'content/partners/acme.md → services.0: no services entry "migration"',
    );
  });

  it('does not mistake an ordinary object for a reference', () => {
    const entry: EntryLike = { id: 'x', collection: 'tiers', data: { requirements: [{ label: 'Staff', value: '2' }] } };
    expect(findBrokenReferences([entry])).toEqual([]);
  });
});
