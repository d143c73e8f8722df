/** The content queries, run over the sample content exactly as the pages run them. */
import { describe, expect, it } from 'vitest';
import { groupFaq } from './lib/faq';
import { byOrder } from './lib/order';
import { findBrokenReferences } from './lib/references';
import { buildTierComparison, type TierTerms } from './lib/tiers';
import { contentFiles } from './content.config';
import { sampleEntries, type CollectionName } from '../tests/sample-content';
import type { Settings } from './schemas/settings';
import { LOCALE_SETTINGS } from './lib/i18n/locales';
import { catalogue } from './lib/i18n/catalogue';

const settings = sampleEntries<Settings>('settings')[0]?.data;
if (!settings) throw new Error('content/settings/ holds no settings file');
// The Russian page's format: the figures below are written the Russian way.
const format = { currency: settings.currency, locale: LOCALE_SETTINGS.ru.intl };
const tiers = sampleEntries<TierTerms>('tiers');
const plans = sampleEntries<{
  name: string;
  order: number;
  pricePerSeat: number;
  seatUnit: string;
  sellableByPartners: boolean;
}>('plans');

describe('sample content as a whole', () => {
  it('has exactly one settings file', () => {
    expect(sampleEntries('settings')).toHaveLength(1);
  });

  it('has no reference that points at nothing', () => {
    const all = (Object.keys(contentFiles) as CollectionName[]).flatMap((name) => sampleEntries(name));
    expect(findBrokenReferences(all)).toEqual([]);
  });

  it('gives every tier a distinct rank', () => {
    const orders = tiers.map((tier) => tier.data.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('sells at least one plan through partners and keeps the free plan out', () => {
    expect(plans.some((plan) => plan.data.sellableByPartners)).toBe(true);
    for (const plan of plans) if (plan.data.pricePerSeat === 0) expect(plan.data.sellableByPartners).toBe(false);
  });
});

describe('groupFaq', () => {
  const groups = groupFaq(
    sampleEntries<{ order: number }>('faqCategories'),
    sampleEntries<{ order: number; category: { id: string } }>('faq'),
  );

  it('puts every question under its own category, in editorial order', () => {
    for (const group of groups) {
      expect(group.questions.map((q) => q.id)).toEqual([...group.questions].sort(byOrder).map((q) => q.id));
      for (const question of group.questions) expect(question.data.category.id).toBe(group.category.id);
    }
    expect(groups.flatMap((g) => g.questions)).toHaveLength(sampleEntries('faq').length);
  });

  it('leaves out categories without questions', () => {
    const withEmpty = groupFaq(
      [{ id: 'empty', data: { order: 0 } }],
      [] as { id: string; data: { order: number; category: { id: string } } }[],
    );
    expect(withEmpty).toEqual([]);
  });
});

describe('buildTierComparison over the sample tiers and plans', () => {
  const comparison = buildTierComparison(tiers, plans, format, {
    ...catalogue('ru').tiers,
    ...catalogue('ru').commission,
  });
  const sorted = [...tiers].sort(byOrder);

  it('has a column for every tier, from the entry tier up', () => {
    expect(comparison.tiers.map((tier) => tier.id)).toEqual(sorted.map((tier) => tier.id));
    for (const row of [...comparison.requirements, ...comparison.benefits])
      expect(row.cells).toHaveLength(tiers.length);
  });

  it('shows the rates from content, not from the template', () => {
    const row = (label: string) =>
      comparison.benefits.find((r) => r.label.startsWith(label))?.cells.map((c) => Number.parseFloat(c));
    const { rows } = catalogue('ru').tiers;
    expect(row(rows.resaleDiscount)).toEqual(sorted.map((tier) => tier.data.resaleDiscount));
    expect(row(rows.referralCommission)).toEqual(sorted.map((tier) => tier.data.referralCommission));
  });

  it('bases the money example on the dearest plan partners sell', () => {
    const dearest = plans
      .filter((p) => p.data.sellableByPartners)
      .sort((a, b) => b.data.pricePerSeat - a.data.pricePerSeat)[0];
    expect(dearest).toBeDefined();
    expect(comparison.benefits.some((r) => r.label.includes(dearest?.data.name ?? '?'))).toBe(true);
  });
});
