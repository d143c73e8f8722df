/**
 * Queries that several pages share. Every page reads content through here, so
 * the cross-collection checks run once per build before anything renders.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { describeBrokenReferences, findBrokenReferences } from './lib/references';
import { toMinorUnits, type MoneyFormat } from './lib/money';
import { benefitRows, requirementRows, type ComparisonRow } from './lib/tiers';

const allCollections = {
  settings: true,
  plans: true,
  tiers: true,
  partnerTypes: true,
  pages: true,
  faq: true,
  faqCategories: true,
  services: true,
  industries: true,
  regions: true,
  languages: true,
} satisfies Record<CollectionKey, true>;

const byOrder = <T extends { data: { order: number }; id: string }>(a: T, b: T) =>
  a.data.order - b.data.order || a.id.localeCompare(b.id);

let integrity: Promise<void> | undefined;

/** Fails the build when any reference points at an entry that does not exist. */
export function assertContentIntegrity(): Promise<void> {
  integrity ??= (async () => {
    const entries = (
      await Promise.all((Object.keys(allCollections) as CollectionKey[]).map((name) => getCollection(name)))
    ).flat();
    const broken = findBrokenReferences(entries);
    if (broken.length > 0) throw new Error(describeBrokenReferences(broken));
  })();
  return integrity;
}

export async function getSettings(): Promise<CollectionEntry<'settings'>['data']> {
  await assertContentIntegrity();
  const entries = await getCollection('settings');
  const [only] = entries;
  if (!only || entries.length > 1) {
    throw new Error(`content/settings/ must hold exactly one YAML file, found ${entries.length}`);
  }
  return only.data;
}

export async function getMoneyFormat(): Promise<MoneyFormat> {
  const { currency, locale } = await getSettings();
  return { currency, locale };
}

export async function getTiers(): Promise<CollectionEntry<'tiers'>[]> {
  return (await getCollection('tiers')).sort(byOrder);
}

export async function getPlans(): Promise<CollectionEntry<'plans'>[]> {
  return (await getCollection('plans')).sort(byOrder);
}

/** Plans partners earn on; free plans never appear in earnings. */
export async function getSellablePlans(): Promise<CollectionEntry<'plans'>[]> {
  return (await getPlans()).filter((plan) => plan.data.sellableByPartners);
}

export function planPriceMinor(plan: CollectionEntry<'plans'>, currency: string): number {
  return toMinorUnits(plan.data.pricePerSeat, currency);
}

export async function getPartnerTypes(): Promise<CollectionEntry<'partnerTypes'>[]> {
  return (await getCollection('partnerTypes')).sort(byOrder);
}

export async function getPage(id: string): Promise<CollectionEntry<'pages'>> {
  const page = (await getCollection('pages')).find((entry) => entry.id === id);
  if (!page) throw new Error(`content/pages/${id}.md is missing; the site needs it`);
  return page;
}

export interface FaqGroup {
  category: CollectionEntry<'faqCategories'>;
  questions: CollectionEntry<'faq'>[];
}

/** FAQ entries grouped by category, both in their editorial order; empty categories are left out. */
export async function getFaqGroups(): Promise<FaqGroup[]> {
  const [categories, questions] = await Promise.all([getCollection('faqCategories'), getCollection('faq')]);
  return categories
    .sort(byOrder)
    .map((category) => ({
      category,
      questions: questions.filter((question) => question.data.category.id === category.id).sort(byOrder),
    }))
    .filter((group) => group.questions.length > 0);
}

export interface TierComparison {
  tiers: { id: string; name: string; badgeColour: string; summary: string }[];
  requirements: ComparisonRow[];
  benefits: ComparisonRow[];
}

/**
 * Everything the tier comparison shows, read from tiers and plans. The
 * example client uses the most expensive plan partners sell, at 10 seats.
 */
export async function getTierComparison(): Promise<TierComparison> {
  const [tiers, plans, format] = await Promise.all([getTiers(), getPlans(), getMoneyFormat()]);
  const planName = (id: string) => plans.find((plan) => plan.id === id)?.data.name ?? id;
  const examplePlan = plans
    .filter((plan) => plan.data.sellableByPartners)
    .sort((a, b) => b.data.pricePerSeat - a.data.pricePerSeat)[0];
  const example = examplePlan && {
    seatPriceMinor: planPriceMinor(examplePlan, format.currency),
    seats: 10,
    planName: examplePlan.data.name,
    seatUnit: examplePlan.data.seatUnit,
  };
  return {
    tiers: tiers.map(({ id, data }) => ({ id, name: data.name, badgeColour: data.badgeColour, summary: data.summary })),
    requirements: requirementRows(tiers.map((tier) => tier.data)),
    benefits: benefitRows(
      tiers.map((tier) => tier.data),
      format,
      tiers.map((tier) => planName(tier.data.internalLicences.plan.id)),
      example,
    ),
  };
}
