/**
 * Queries that several pages share. Every page reads content through here, so
 * the cross-collection checks run once per build before anything renders.
 * The logic lives in src/lib/ as pure functions; this module only fetches.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { groupFaq } from './lib/faq';
import { toMinorUnits, type MoneyFormat } from './lib/money';
import { byOrder } from './lib/order';
import { describeBrokenReferences, findBrokenReferences } from './lib/references';
import { buildTierComparison, type TierComparison } from './lib/tiers';

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

let integrity: Promise<void> | undefined;

/** Fails the build when any reference points at an entry that does not exist. */
export function assertContentIntegrity(): Promise<void> {
  integrity ??= (async () => {
    const names = Object.keys(allCollections) as CollectionKey[];
    const entries = (await Promise.all(names.map((name) => getCollection(name)))).flat();
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

export async function getFaqGroups() {
  const [categories, questions] = await Promise.all([getCollection('faqCategories'), getCollection('faq')]);
  return groupFaq(categories, questions);
}

export type { TierComparison };

export async function getTierComparison(): Promise<TierComparison> {
  const [tiers, plans, format] = await Promise.all([getTiers(), getPlans(), getMoneyFormat()]);
  return buildTierComparison(tiers, plans, format);
}
