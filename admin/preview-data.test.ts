import { describe, expect, it } from 'vitest';
import { partnerCard, resourceItem, tiersWithEdit, type PreviewData } from './preview-data';

const facets: PreviewData['directoryFacets'] = {
  tier: [{ id: 'gold', label: 'Gold', colour: '#c9a227' }],
  type: [{ id: 'reseller', label: 'Reseller' }],
  region: [{ id: 'volga', label: 'Volga' }],
  service: [{ id: 'migration', label: 'Migration' }],
  industry: [],
  language: [],
  rating: [],
  accepting: [{ id: 'yes', label: 'Taking new clients' }],
  size: [{ id: '11-50', label: '11–50 users' }],
  budget: [],
};
const cities = [{ id: 'ufa', label: 'Ufa', lat: 54.7388, lon: 55.9721, region: 0 }];
const directory = { directoryFacets: facets, cities };
const tiers = [
  { id: 'silver', name: 'Silver', referralCommission: 10, commissionMonths: 12, resaleDiscount: 15 },
  { id: 'gold', name: 'Gold', referralCommission: 15, commissionMonths: 24, resaleDiscount: 20 },
];

describe('preview data', () => {
  it('labels a partner the way the directory does', () => {
    const card = partnerCard(
      'agidel',
      {
        name: 'Agidel',
        tier: 'gold',
        types: ['reseller'],
        regions: ['volga'],
        services: ['migration'],
        summary: 'Mail for Ufa.',
        offices: [{ city: 'ufa', address: 'Mendeleeva St 134' }, { city: '<script>' }],
        acceptingClients: false,
      },
      directory,
      'en',
    );
    expect(card).toMatchObject({
      slug: 'agidel',
      tier: { label: 'Gold', colour: '#c9a227' },
      types: ['Reseller'],
      regions: ['Volga'],
      services: ['Migration'],
      city: 'Ufa',
      booked: true,
    });
  });

  it('shows placeholders in the edited language, never undefined, for a partner still being written', () => {
    const card = partnerCard('', {}, directory, 'en');
    expect(JSON.stringify(card)).not.toContain('undefined');
    expect(card.name).toBe('Partner name');
    expect(card.tier.label).toBe('No tier chosen');
    expect(partnerCard('', {}, directory, 'ru').name).toBe('Название партнёра');
    expect(partnerCard('', {}, directory, 'ru').tier.label).toBe('Уровень не выбран');
  });

  it('marks a profile written in the other language, as the directory does', () => {
    expect(partnerCard('x', { name: 'Тайга Телеком', writtenIn: 'ru' }, directory, 'en').lang).toBe('ru');
    expect(partnerCard('x', { name: 'Тайга Телеком', writtenIn: 'ru' }, directory, 'ru').lang).toBeUndefined();
    expect(partnerCard('x', { name: 'X', writtenIn: '<script>' }, directory, 'en').lang).toBeUndefined();
  });

  it('puts the edited rates into the calculator in place of the published ones', () => {
    const edited = tiersWithEdit(
      tiers,
      'gold',
      { name: 'Gold', referralCommission: 18.5, commissionMonths: 36, resaleDiscount: 22 },
      'en',
    );
    expect(edited.map((tier) => tier.referralCommission)).toEqual([10, 18.5]);
    expect(tiersWithEdit(tiers, 'platinum', { name: 'Platinum', referralCommission: 'x' }, 'en')).toHaveLength(3);
    expect(tiersWithEdit(tiers, 'platinum', { referralCommission: 'x' }, 'ru')[2]?.referralCommission).toBe(0);
  });

  it('describes who may use a resource', () => {
    const library = {
      type: [{ id: 'case-study', label: 'Case study' }],
      topic: [],
      audience: [],
      tier: [{ id: 'silver', label: 'Silver' }],
    };
    expect(resourceItem('x', { minimumTier: 'silver', type: 'case-study' }, library, 'en')).toMatchObject({
      access: 'Silver and above',
      values: { type: [0] },
    });
    expect(resourceItem('x', {}, library, 'en').access).toBe('Public');
    expect(resourceItem('x', {}, library, 'ru')).toMatchObject({ title: 'Название материала' });
  });
});
