/**
 * Queries that several pages share: each fetches content and hands it to a
 * function in src/lib/ that shapes it. Results that many pages need are read
 * once per build (`once`). The checks across collections run in
 * src/middleware.ts before any page or endpoint renders.
 */
import { statSync } from 'node:fs';
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { contentFiles } from './content.config';
import { toCalculatorPlan, toCalculatorTier, type CalculatorPlan, type CalculatorTier } from './lib/calculator';
import { directorySearch, toDirectoryPartner, type DirectoryData, type FacetKey } from './lib/directory';
import type { FacetValue as FacetOption } from './lib/search/faceted';
import { formatDate } from './lib/dates';
import { groupFaq } from './lib/faq';
import { describeDownload } from './lib/files';
import { relatedResources, toLibraryItem, type LibraryData } from './lib/library';
import type { MoneyFormat } from './lib/money';
import { resourceTypeLabels, resourceTypes } from './schemas/resource';
import { byOrder, nameCollator } from './lib/order';
import { dayNumber } from './lib/partners';
import { describeBrokenReferences, findBrokenReferences } from './lib/references';
import { describeOversizedBodies, findOversizedBodies } from './lib/body-length';
import { buildTierComparison, type TierComparison } from './lib/tiers';

/** Every collection, by the names src/content.config.ts binds. */
const collectionNames = Object.keys(contentFiles) as CollectionKey[];

/** A query whose result stays the same for the whole build, run the first time it is asked for. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= load());
}

/** Fails the build when any reference points at an entry that does not exist, or a body is too long. */
export const assertContentIntegrity = once(async () => {
  const entries = (await Promise.all(collectionNames.map((name) => getCollection(name)))).flat();
  const broken = findBrokenReferences(entries);
  if (broken.length > 0) throw new Error(describeBrokenReferences(broken));
  const oversized = findOversizedBodies(entries);
  if (oversized.length > 0) throw new Error(describeOversizedBodies(oversized));
});

export async function getSettings(): Promise<CollectionEntry<'settings'>['data']> {
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
  return (await getCollection('partners')).sort((a, b) => nameCollator.compare(a.data.name, b.data.name));
}

/** Facet values in editorial order, as the directory's filters list them; read once per build (every profile uses them). */
export const getDirectoryFacets = once(async (): Promise<Record<FacetKey, FacetOption[]>> => {
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
});

/** Everything the directory search needs in the browser, indexed by position; built once per build. */
export const getDirectoryData = once(async (): Promise<DirectoryData> => {
  const [partners, facets] = await Promise.all([getPartners(), getDirectoryFacets()]);
  const positions = directorySearch.valueIds(facets);
  return { facets, partners: partners.map((partner) => toDirectoryPartner(partner, positions)) };
});

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
    tiers: tiers.map(toCalculatorTier),
    plans: plans.map((plan) => toCalculatorPlan(plan, format.currency)),
    format,
  };
}

/** Resources, newest first (by their latest update). */
export async function getResources(): Promise<CollectionEntry<'resources'>[]> {
  const latest = (entry: CollectionEntry<'resources'>) => (entry.data.updated ?? entry.data.published).getTime();
  return (await getCollection('resources')).sort(
    (a, b) => latest(b) - latest(a) || a.data.title.localeCompare(b.data.title),
  );
}

/** The library's resources and filters, as the search island and the static listings use them. */
export const getLibraryData = once(async (): Promise<LibraryData> => {
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
});

/** A resource's downloads with their format and size, read from public/uploads/. */
export async function getDownloads(resource: CollectionEntry<'resources'>) {
  const { locale } = await getSettings();
  return resource.data.downloads.map((download) =>
    describeDownload(download, statSync(`public${download.file}`).size, locale),
  );
}

/** Resources that share the most topics with this one, newest first among equals. */
export async function getRelatedResources(resource: CollectionEntry<'resources'>) {
  const all = await getResources();
  const withTopics = (entry: CollectionEntry<'resources'>) => ({
    id: entry.id,
    topics: entry.data.topics.map((topic) => topic.id),
    entry,
  });
  return relatedResources(withTopics(resource), all.map(withTopics)).map(({ entry }) => entry);
}

/** Each resource's latest date, formatted in the site locale, by slug. */
export async function getResourceDates(): Promise<Record<string, string>> {
  const [resources, { locale }] = await Promise.all([getResources(), getSettings()]);
  return Object.fromEntries(resources.map(({ id, data }) => [id, formatDate(data.updated ?? data.published, locale)]));
}
