import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../schemas/settings.ts';
import { tierSchema } from '../../schemas/tier.ts';
import { resourceSchema } from '../../schemas/resource.ts';
import { readData, sampleFiles } from '../../../tests/sample-content.ts';
import { mergeTranslation, translatableFields, translationProblems, translationSchema } from './translations.ts';

const gold = readData(sampleFiles('tiers').find((file) => file.id === 'gold')?.path ?? '') as Record<string, unknown>;
const goldRu = {
  name: 'Gold',
  summary: 'Для опытных интеграторов и реселлеров.',
  requirements: (gold.requirements as { label: string; value: string }[]).map((row) => ({
    label: `${row.label} (ru)`,
    value: row.value,
  })),
  marketDevelopmentFunds: 'До 3 % выручки',
  supportSla: '4 рабочих часа',
};

describe('translatableFields', () => {
  it('lists the words of an entry and nothing else', () => {
    expect(translatableFields(tierSchema)).toEqual([
      'name',
      'summary',
      'requirements',
      'marketDevelopmentFunds',
      'supportSla',
    ]);
    expect(translatableFields(settingsSchema)).toEqual([
      'siteName',
      'vendorName',
      'tagline',
      'clientSizes',
      'navigation',
    ]);
    expect(translatableFields(resourceSchema)).toEqual(['title', 'summary', 'downloads']);
  });
});

describe('translationSchema', () => {
  const schema = translationSchema(tierSchema);

  it('accepts the words of a tier', () => {
    expect(schema.safeParse(goldRu).success).toBe(true);
  });

  it.each([
    ['a commission', { ...goldRu, referralCommission: 25 }],
    ['a colour', { ...goldRu, badgeColour: '#000000' }],
    ['a missing summary', { ...goldRu, summary: undefined }],
    ['markup in a name', { ...goldRu, name: '<script>alert(1)</script>' }],
    ['a hidden direction mark', { ...goldRu, supportSla: '4 рабочих часа\u202e' }],
    ['a key that reaches the prototype', JSON.parse(`{"__proto__": {"referralCommission": 99}, "name": "Gold"}`)],
  ])('refuses %s', (_, data) => {
    expect(schema.safeParse(data).success).toBe(false);
  });
});

describe('translationProblems', () => {
  it('finds nothing when only words differ', () => {
    expect(translationProblems(tierSchema, gold, goldRu)).toEqual([]);
  });

  it('names an address or a file changed in a translated list', () => {
    const site = { navigation: [{ label: 'Tiers', href: '/tiers/' }] };
    expect(translationProblems(settingsSchema, site, { navigation: [{ label: 'Уровни', href: '/faq/' }] })).toEqual([
      { field: 'navigation.0.href', message: 'Must be "/tiers/" as in the original: only words are translated' },
    ]);
    const resource = { downloads: [{ label: 'Guide (PDF)', file: '/uploads/guide.pdf' }] };
    expect(
      translationProblems(resourceSchema, resource, {
        downloads: [{ label: 'Руководство', file: '/uploads/other.pdf' }],
      }),
    ).toHaveLength(1);
  });

  it('names a list with items added or left out', () => {
    expect(translationProblems(tierSchema, gold, { ...goldRu, requirements: goldRu.requirements.slice(1) })).toEqual([
      { field: 'requirements', message: 'Must have 4 items, as the original has, not 3' },
    ]);
  });
});

describe('mergeTranslation', () => {
  it('keeps every value of the original and takes the words of the translation', () => {
    const merged = mergeTranslation(gold, goldRu);
    expect(merged.referralCommission).toBe(gold.referralCommission);
    expect(merged.summary).toBe(goldRu.summary);
    expect(mergeTranslation(gold, undefined)).toBe(gold);
  });
});
