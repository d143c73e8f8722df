/**
 * Queries that several pages share. Every page reads content through here, so
 * the cross-collection checks run once per build before anything renders.
 * The logic lives in src/lib/ as pure functions; this module only fetches.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { CalculatorPlan, CalculatorTier } from './lib/calculator';
import { directorySearch, type DirectoryData, type FacetKey } from './lib/directory';
import type { FacetValue as FacetOption } from './lib/search/faceted';
import { formatDate } from './lib/dates';
import { groupFaq } from './lib/faq';
import { toLibraryItem, type LibraryData } from './lib/library';
import { toMinorUnits, type MoneyFormat } from './lib/money';
import { resourceTypeLabels, resourceTypes } from './schemas/resource';
import { byOrder, nameCollator } from './lib/order';
import { dayNumber, profileCompleteness } from './lib/partners';
import { describeBrokenReferences, findBrokenReferences } from './lib/references';
import { describeOversizedBodies, findOversizedBodies } from './lib/body-length';
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
  partners: true,
  topics: true,
  resources: true,
} satisfies Record<CollectionKey, true>;

let integrity: Promise<void> | undefined;

/** Fails the build when any reference points at an entry that does not exist, or a body is too long. */
export function assertContentIntegrity(): Promise<void> {
  integrity ??= (async () => {
    const names = Object.keys(allCollections) as CollectionKey[];
    const entries = (await Promise.all(names.map((name) => getCollection(name)))).flat();
    const broken = findBrokenReferences(entries);
    if (broken.length > 0) throw new Error(describeBrokenReferences(broken));
    const oversized = findOversizedBodies(entries);
    if (oversized.length > 0) throw new Error(describeOversizedBodies(oversized));
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

/** Partners in name order. */
export async function getPartners(): Promise<CollectionEntry<'partners'>[]> {
  await assertContentIntegrity();
  return (await getCollection('partners')).sort((a, b) => nameCollator.compare(a.data.name, b.data.name));
}

let directoryFacets: Promise<Record<FacetKey, FacetOption[]>> | undefined;

/** Facet values in editorial order, as the directory's filters list them; read once per build (every profile uses them). */
export function getDirectoryFacets(): Promise<Record<FacetKey, FacetOption[]>> {
  directoryFacets ??= loadDirectoryFacets();
  return directoryFacets;
}

async function loadDirectoryFacets(): Promise<Record<FacetKey, FacetOption[]>> {
  const [services, regions, industries, languages, types, tiers] = await Promise.all([
    getCollection('services'),
    getCollection('regions'),
    getCollection('industries'),
    getCollection('languages'),
    getPartnerTypes(),
    getTiers(),
  ]);
  const options = (entries: { id: string; data: { order: number; label: string } }[]) =>
    [...entries].sort(byOrder).map(({ id, data }) => ({ id, label: data.label }));
  return {
    service: options(services),
    region: options(regions),
    industry: options(industries),
    language: options(languages),
    type: types.map(({ id, data }) => ({ id, label: data.name })),
    tier: tiers.map(({ id, data }) => ({ id, label: data.name, colour: data.badgeColour })),
  };
}

let directoryData: Promise<DirectoryData> | undefined;

/** Everything the directory search needs in the browser, indexed by position; built once per build. */
export function getDirectoryData(): Promise<DirectoryData> {
  directoryData ??= loadDirectoryData();
  return directoryData;
}

async function loadDirectoryData(): Promise<DirectoryData> {
  const [partners, facets] = await Promise.all([getPartners(), getDirectoryFacets()]);
  const positions = directorySearch.valueIds(facets);
  const indices = (key: FacetKey, refs: readonly { id: string }[]) =>
    refs.map((ref) => positions[key].get(ref.id)).filter((value) => value !== undefined);
  return {
    facets,
    partners: partners.map(({ id, data, body }) => ({
      slug: id,
      name: data.name,
      city: data.city ?? '',
      summary: data.summary,
      verifiedDay: dayNumber(data.verified),
      completeness: profileCompleteness(data, body?.length ?? 0),
      values: {
        service: indices('service', data.services),
        region: indices('region', data.regions),
        industry: indices('industry', data.industries),
        language: indices('language', data.languages),
        type: indices('type', data.types),
        tier: indices('tier', [data.tier]),
      },
    })),
  };
}

/** Static listing pages hold this many partners each. */
export const LISTING_PAGE_SIZE = 24;

/** Tiers, sellable plans and money format as the earnings calculator takes them. Free plans never reach it. */
export async function getCalculatorData(): Promise<{
  tiers: CalculatorTier[];
  plans: CalculatorPlan[];
  format: MoneyFormat;
}> {
  const [tiers, plans, format] = await Promise.all([getTiers(), getSellablePlans(), getMoneyFormat()]);
  if (tiers.length === 0) throw new Error('content/tiers/ holds no tier; the calculator needs at least one');
  if (plans.length === 0)
    throw new Error('content/plans/ holds no plan sold by partners; the calculator needs at least one');
  return {
    tiers: tiers.map(({ id, data }) => ({
      id,
      name: data.name,
      referralCommission: data.referralCommission,
      commissionMonths: data.commissionMonths,
      resaleDiscount: data.resaleDiscount,
    })),
    plans: plans.map((plan) => ({
      id: plan.id,
      name: plan.data.name,
      seatUnit: plan.data.seatUnit,
      priceMinor: planPriceMinor(plan, format.currency),
    })),
    format,
  };
}

/** Resources, newest first (by their latest update). */
export async function getResources(): Promise<CollectionEntry<'resources'>[]> {
  await assertContentIntegrity();
  const latest = (entry: CollectionEntry<'resources'>) => (entry.data.updated ?? entry.data.published).getTime();
  return (await getCollection('resources')).sort(
    (a, b) => latest(b) - latest(a) || a.data.title.localeCompare(b.data.title),
  );
}

let libraryData: Promise<LibraryData> | undefined;

/** The library's resources and filters, as the search island and the static listings use them. */
export function getLibraryData(): Promise<LibraryData> {
  libraryData ??= (async () => {
    const [resources, topics, types, tiers] = await Promise.all([
      getResources(),
      getCollection('topics'),
      getPartnerTypes(),
      getTiers(),
    ]);
    const facets: LibraryData['facets'] = {
      type: resourceTypes.map((id) => ({ id, label: resourceTypeLabels[id] })),
      topic: [...topics].sort(byOrder).map(({ id, data }) => ({ id, label: data.label })),
      audience: types.map(({ id, data }) => ({ id, label: data.name })),
      tier: tiers.map(({ id, data }) => ({ id, label: data.name })),
    };
    return {
      facets,
      items: resources.map(({ id, data }) =>
        toLibraryItem(
          {
            slug: id,
            title: data.title,
            summary: data.summary,
            day: dayNumber(data.updated ?? data.published),
            type: data.type,
            topics: data.topics.map((topic) => topic.id),
            audience: data.audience.map((type) => type.id),
            minimumTier: data.minimumTier?.id,
          },
          facets,
        ),
      ),
    };
  })();
  return libraryData;
}

/** Each resource's latest date, formatted in the site locale, by slug. */
export async function getResourceDates(): Promise<Record<string, string>> {
  const [resources, { locale }] = await Promise.all([getResources(), getSettings()]);
  return Object.fromEntries(resources.map(({ id, data }) => [id, formatDate(data.updated ?? data.published, locale)]));
}
