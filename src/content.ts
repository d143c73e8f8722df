/**
 * Queries that several pages share: each fetches content and hands it to a
 * function in src/lib/ that shapes it. Results that many pages need are read
 * once per build (`once`). The checks across collections run in
 * src/middleware.ts before any page or endpoint renders.
 */
import { statSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  contentFiles,
  contentFolder,
  schemas,
  TRANSLATION_REQUIRED,
  translatedCollections,
  translationCollection,
  type TranslatedCollection,
} from './content.config';
import { toCalculatorPlan, toCalculatorTier, type CalculatorPlan, type CalculatorTier } from './lib/calculator';
import {
  ACCEPTING_ID,
  budgetFilterId,
  directorySearch,
  directoryCut,
  encodeInPieces,
  inDefaultOrder,
  inShippedOrder,
  ratingFacet,
  toDirectoryPartner,
  type DirectoryCity,
  type DirectoryData,
  type FacetKey,
} from './lib/directory';
import { describeUnknownClientSizes, findUnknownClientSizes } from './lib/client-sizes';
import { newestFirst, ratingSummary, type RatingSummary } from './lib/reviews';
import type { FacetValue as FacetOption } from './lib/search/faceted';
import { formatDate } from './lib/dates';
import { groupFaq } from './lib/faq';
import { describeDownload } from './lib/files';
import { relatedResources, toLibraryItem, type LibraryData } from './lib/library';
import { formatMoney, toMinorUnits, type MoneyFormat } from './lib/money';
import { budgetOptions } from './lib/lead';
import {
  DEFAULT_LOCALE,
  LOCALE_SETTINGS,
  LOCALES,
  TRANSLATED_LOCALES,
  type Locale,
  type TranslatedLocale,
} from './lib/i18n/locales';
import { catalogue } from './lib/i18n/catalogue';
import { mergeTranslation } from './lib/i18n/translations';
import { describeTranslationProblems, findTranslationProblems } from './lib/i18n/translation-checks';
import { resourceTypes } from './schemas/resource';
import { byOrder, nameCollator } from './lib/order';
import { dayNumber } from './lib/partners';
import type { FactContext } from './lib/partner-profile';
import { describeBrokenReferences, findBrokenReferences } from './lib/references';
import { describeOversizedBodies, findOversizedBodies } from './lib/body-length';
import { buildTierComparison, type TierComparison } from './lib/tiers';

/** Every collection of entries in the default language, by the names src/content.config.ts binds. */
const collectionNames = Object.keys(contentFiles) as (keyof typeof contentFiles)[];

const NO_RATING = ratingSummary([]);

/** Names under /partners/ that are pages of the directory, not profiles. */
const RESERVED_PARTNER_IDS = new Set(['compare', 'page', 'facts']);

/** A query whose result stays the same for the whole build, run the first time it is asked for. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= load());
}

/** The same, once per language. */
function oncePerLocale<T>(load: (locale: Locale) => Promise<T>): (locale: Locale) => Promise<T> {
  const results = new Map<Locale, Promise<T>>();
  return (locale) => {
    let result = results.get(locale);
    if (!result) results.set(locale, (result = load(locale)));
    return result;
  };
}

/**
 * An entry in a language: its words (and body) from the translation where one
 * exists, every other value from the original; `lang` is the language its text
 * is in, which differs from the page's where a translation is missing.
 */
export type Localized<C extends TranslatedCollection> = CollectionEntry<C> & { lang: Locale };

type TranslationEntry = CollectionEntry<`${TranslatedCollection}_${TranslatedLocale}`>;

const translationsOf = oncePerLocale(async (locale) => {
  const byCollection = new Map<TranslatedCollection, Map<string, TranslationEntry>>();
  if (locale === DEFAULT_LOCALE) return byCollection;
  for (const name of translatedCollections) {
    const entries: TranslationEntry[] = await getCollection(translationCollection(name, locale));
    byCollection.set(name, new Map(entries.map((entry) => [entry.id, entry])));
  }
  return byCollection;
});

/** A collection's entries in a language. */
async function localized<C extends TranslatedCollection>(name: C, locale: Locale): Promise<Localized<C>[]> {
  const [entries, translations] = await Promise.all([getCollection(name), translationsOf(locale)]);
  const ofCollection = translations.get(name);
  return entries.map((entry) => {
    const translation = ofCollection?.get(entry.id);
    if (!translation) return { ...entry, lang: DEFAULT_LOCALE };
    return {
      ...entry,
      data: mergeTranslation(entry.data, translation.data),
      body: translation.body,
      rendered: translation.rendered,
      filePath: translation.filePath,
      lang: locale,
    } as Localized<C>;
  });
}

/** Fails the build when any reference points at an entry that does not exist, or a body is too long. */
export const assertContentIntegrity = once(async () => {
  const entries = (await Promise.all(collectionNames.map((name) => getCollection(name)))).flat();
  const taken = entries.filter((entry) => entry.collection === 'partners' && RESERVED_PARTNER_IDS.has(entry.id));
  if (taken.length > 0) {
    throw new Error(
      taken
        .map(
          (entry) => `${entry.filePath ?? entry.id}: "${entry.id}" is the address of a directory page; rename the file`,
        )
        .join('\n'),
    );
  }
  const broken = findBrokenReferences(entries);
  if (broken.length > 0) throw new Error(describeBrokenReferences(broken));
  const sizes = (await getSettings(DEFAULT_LOCALE)).clientSizes.map((size) => size.id);
  const unknownSizes = findUnknownClientSizes(entries, new Set(sizes));
  if (unknownSizes.length > 0) throw new Error(describeUnknownClientSizes(unknownSizes, sizes));
  const oversized = findOversizedBodies(entries);
  if (oversized.length > 0) throw new Error(describeOversizedBodies(oversized));
  const translations = await Promise.all(
    translatedCollections.flatMap((name) =>
      TRANSLATED_LOCALES.map(async (locale) => ({
        name,
        folder: `content/${contentFiles[name].folder}`,
        extension: contentFiles[name].extension,
        locale,
        schema: schemas[name],
        required: TRANSLATION_REQUIRED[name],
        originals: await getCollection(name),
        translations: await getCollection(translationCollection(name, locale)),
      })),
    ),
  );
  const problems = translations.flatMap(findTranslationProblems);
  if (problems.length > 0) throw new Error(describeTranslationProblems(problems));
});

export async function getSettings(locale: Locale): Promise<CollectionEntry<'settings'>['data']> {
  const entries = await localized('settings', locale);
  const [only] = entries;
  if (!only || entries.length > 1) {
    throw new Error(`${contentFolder('settings')}/ must hold exactly one YAML file, found ${entries.length}`);
  }
  return only.data;
}

/** Money in the site's currency, written the way the page's language writes it. */
export async function getMoneyFormat(locale: Locale): Promise<MoneyFormat> {
  const { currency } = await getSettings(DEFAULT_LOCALE);
  return { currency, locale: LOCALE_SETTINGS[locale].intl };
}

export async function getTiers(locale: Locale): Promise<Localized<'tiers'>[]> {
  return (await localized('tiers', locale)).sort(byOrder);
}

export async function getPlans(locale: Locale): Promise<Localized<'plans'>[]> {
  return (await localized('plans', locale)).sort(byOrder);
}

/** Plans partners earn on; free plans never appear in earnings. */
export async function getSellablePlans(locale: Locale): Promise<Localized<'plans'>[]> {
  return (await getPlans(locale)).filter((plan) => plan.data.sellableByPartners);
}

export async function getPartnerTypes(locale: Locale): Promise<Localized<'partnerTypes'>[]> {
  return (await localized('partnerTypes', locale)).sort(byOrder);
}

export async function getPage(id: string, locale: Locale): Promise<Localized<'pages'>> {
  const page = (await localized('pages', locale)).find((entry) => entry.id === id);
  if (!page) throw new Error(`${contentFolder('pages')}/${id}.md is missing; the site needs it`);
  return page;
}

export async function getFaqGroups(locale: Locale) {
  const [categories, questions] = await Promise.all([localized('faqCategories', locale), localized('faq', locale)]);
  return groupFaq(categories, questions);
}

export type { TierComparison };

export async function getTierComparison(locale: Locale): Promise<TierComparison> {
  const [tiers, plans, format] = await Promise.all([getTiers(locale), getPlans(locale), getMoneyFormat(locale)]);
  return buildTierComparison(tiers, plans, format, { ...catalogue(locale).tiers, ...catalogue(locale).commission });
}

/** Partners in the name order of the page's language. */
export async function getPartners(locale: Locale): Promise<CollectionEntry<'partners'>[]> {
  const { compare } = nameCollator(locale);
  return (await getCollection('partners')).sort((a, b) => compare(a.data.name, b.data.name));
}

/**
 * The labels of lookup lists in the languages other than `locale`, by
 * "collection/id": the directory's search finds «миграция почты»
 * on the English page and "mail migration" on the Russian one.
 */
async function otherLabels(
  names: ('services' | 'regions' | 'industries' | 'languages' | 'partnerTypes' | 'cities')[],
  locale: Locale,
): Promise<Map<string, string[]>> {
  const labels = new Map<string, string[]>();
  for (const other of LOCALES.filter((candidate) => candidate !== locale)) {
    for (const name of names) {
      for (const { id, data } of await localized(name, other)) {
        labels.set(`${name}/${id}`, [...(labels.get(`${name}/${id}`) ?? []), 'label' in data ? data.label : data.name]);
      }
    }
  }
  return labels;
}

/** Facet values in editorial order, as the directory's filters list them; read once per build (every profile uses them). */
export const getDirectoryFacets = oncePerLocale(async (locale): Promise<Record<FacetKey, FacetOption[]>> => {
  const [services, regions, industries, languages, types, tiers, settings, format] = await Promise.all([
    localized('services', locale),
    localized('regions', locale),
    localized('industries', locale),
    localized('languages', locale),
    getPartnerTypes(locale),
    getTiers(locale),
    getSettings(locale),
    getMoneyFormat(locale),
  ]);
  const aliases = await otherLabels(['services', 'regions', 'industries', 'languages', 'partnerTypes'], locale);
  const { reviews: words, directory, lead } = catalogue(locale);
  const money = (amount: number) => formatMoney(toMinorUnits(amount, format.currency), format);
  const withAliases = (name: string, id: string, label: string) => ({
    id,
    label,
    aliases: aliases.get(`${name}/${id}`) ?? [],
  });
  const options = (name: string, entries: { id: string; data: { order: number; label: string } }[]) =>
    [...entries].sort(byOrder).map(({ id, data }) => withAliases(name, id, data.label));
  return {
    service: options('services', services),
    region: options('regions', regions),
    industry: options('industries', industries),
    language: options('languages', languages),
    type: types.map(({ id, data }) => withAliases('partnerTypes', id, data.name)),
    tier: tiers.map(({ id, data }) => ({ id, label: data.name, colour: data.badgeColour })),
    accepting: [{ id: ACCEPTING_ID, label: directory.acceptingClients }],
    size: settings.clientSizes.map(({ id, label }) => ({ id, label })),
    budget: settings.budgetRanges.map(({ upTo }) => ({
      id: budgetFilterId(upTo),
      label: lead.budget.upTo(money(upTo)),
    })),
    rating: ratingFacet((threshold) =>
      words.atLeast(new Intl.NumberFormat(LOCALE_SETTINGS[locale].intl).format(threshold)),
    ),
  };
});

/** The gazetteer in a language, by name, with each city's names in the other languages and its region's position. */
export const getCities = oncePerLocale(async (locale): Promise<DirectoryCity[]> => {
  const [cities, facets, aliases] = await Promise.all([
    localized('cities', locale),
    getDirectoryFacets(locale),
    otherLabels(['cities'], locale),
  ]);
  const regions = directorySearch.valueIds(facets).region;
  const { compare } = nameCollator(locale);
  return cities
    .map(({ id, data }) => ({
      id,
      label: data.name,
      aliases: aliases.get(`cities/${id}`) ?? [],
      lat: data.latitude,
      lon: data.longitude,
      region: regions.get(data.region.id) ?? -1,
    }))
    .sort((a, b) => compare(a.label, b.label));
});

/** What a partner's facts need besides the facets (`factRows`): city names and money, in the page's language. */
export const getFactContext = oncePerLocale(async (locale): Promise<FactContext> => {
  const [cities, format] = await Promise.all([getCities(locale), getMoneyFormat(locale)]);
  return {
    cities: new Map(cities.map((city) => [city.id, city.label])),
    money: (amount) => formatMoney(toMinorUnits(amount, format.currency), format),
  };
});

/**
 * What a proposal request form needs besides its partners, from site settings, in a language; undefined when the
 * site takes no requests.
 */
export const getLeadFormSettings = oncePerLocale(async (locale) => {
  const [settings, facets, format] = await Promise.all([
    getSettings(locale),
    getDirectoryFacets(locale),
    getMoneyFormat(locale),
  ]);
  if (!settings.leadEndpoint) return undefined;
  return {
    endpoint: settings.leadEndpoint,
    format: settings.leadFormat,
    contactEmail: settings.contactEmail,
    services: facets.service.map(({ id, label }) => ({ id, label })),
    budgets: budgetOptions(
      settings.budgetRanges.map((range) => range.upTo),
      format,
      locale,
    ),
    responseDays: settings.leadResponseDays,
  };
});

/** Each partner's reviews, newest first. */
export const getReviewsByPartner = once(async (): Promise<Map<string, CollectionEntry<'reviews'>[]>> => {
  const byPartner = new Map<string, CollectionEntry<'reviews'>[]>();
  for (const review of await getCollection('reviews')) {
    const list = byPartner.get(review.data.partner.id) ?? [];
    list.push(review);
    byPartner.set(review.data.partner.id, list);
  }
  for (const [partner, list] of byPartner) {
    byPartner.set(partner, newestFirst(list));
  }
  return byPartner;
});

/** Each partner's rating from its verified reviews. */
export const getRatings = once(async (): Promise<Map<string, RatingSummary>> => {
  const byPartner = await getReviewsByPartner();
  return new Map([...byPartner].map(([partner, list]) => [partner, ratingSummary(list.map(({ data }) => data))]));
});

/** Everything the directory search needs in the browser, indexed by position; built once per build. */
export const getDirectoryData = oncePerLocale(async (locale): Promise<DirectoryData> => {
  const [partners, facets, ratings, cities] = await Promise.all([
    getPartners(locale),
    getDirectoryFacets(locale),
    getRatings(),
    getCities(locale),
  ]);
  const positions = { ...directorySearch.valueIds(facets), city: new Map(cities.map(({ id }, at) => [id, at])) };
  // In name order, which compresses best (60 KB gzip less at 10,000 partners than in the order of the listings),
  // within the head and the rest (`inShippedOrder`).
  const { headSize } = await buildCut();
  return inShippedOrder(
    {
      locale,
      rankedOn: dayNumber(new Date()),
      facets,
      cities,
      partners: partners.map((partner) => toDirectoryPartner(partner, positions, ratings.get(partner.id) ?? NO_RATING)),
    },
    headSize,
  );
});

/** How the directory data is cut for this build (`directoryCut`: DIRECTORY_HEAD_PARTNERS, DIRECTORY_PIECE_PARTNERS). */
const buildCut = once(async () => directoryCut(process.env));

/** The directory data as the browser loads it: the head, and the later pieces (none up to the head's size). */
export const getDirectoryPieces = oncePerLocale(async (locale) =>
  encodeInPieces(await getDirectoryData(locale), await buildCut()),
);

/**
 * The directory as the static listings show it: best match first, the order the search in the browser opens
 * with on the same data, so the island's first results are the list already on the page.
 */
export const getListedDirectory = oncePerLocale(async (locale) => inDefaultOrder(await getDirectoryData(locale)));

/**
 * A filter value's static listing stops after this many pages (120 partners): past them, nobody pages on without
 * the search, and at 10,000 partners the deeper pages were 5,700 of the 16,000 pages of each language.
 */
export const FILTER_LISTING_PAGES = 5;

/** Tiers, sellable plans and money format as the earnings calculator takes them. Free plans never reach it. */
export async function getCalculatorData(locale: Locale): Promise<{
  tiers: CalculatorTier[];
  plans: CalculatorPlan[];
  format: MoneyFormat;
}> {
  const [tiers, plans, format] = await Promise.all([
    getTiers(locale),
    getSellablePlans(locale),
    getMoneyFormat(locale),
  ]);
  if (tiers.length === 0)
    throw new Error(`${contentFolder('tiers')}/ holds no tier; the calculator needs at least one`);
  if (plans.length === 0)
    throw new Error(`${contentFolder('plans')}/ holds no plan sold by partners; the calculator needs at least one`);
  return {
    tiers: tiers.map(toCalculatorTier),
    plans: plans.map((plan) => toCalculatorPlan(plan, format.currency)),
    format,
  };
}

/** Resources, newest first (by their latest update). */
export async function getResources(locale: Locale): Promise<Localized<'resources'>[]> {
  const latest = (entry: CollectionEntry<'resources'>) => (entry.data.updated ?? entry.data.published).getTime();
  return (await localized('resources', locale)).sort(
    (a, b) => latest(b) - latest(a) || a.data.title.localeCompare(b.data.title),
  );
}

/** The library's resources and filters, as the search island and the static listings use them. */
export const getLibraryData = oncePerLocale(async (locale): Promise<LibraryData> => {
  const [resources, topics, types, tiers] = await Promise.all([
    getResources(locale),
    localized('topics', locale),
    getPartnerTypes(locale),
    getTiers(locale),
  ]);
  const typeLabels = catalogue(locale).library.types;
  const facets: LibraryData['facets'] = {
    type: resourceTypes.map((id) => ({ id, label: typeLabels[id] })),
    topic: [...topics].sort(byOrder).map(({ id, data }) => ({ id, label: data.label })),
    audience: types.map(({ id, data }) => ({ id, label: data.name })),
    tier: tiers.map(({ id, data }) => ({ id, label: data.name })),
  };
  return {
    locale,
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
        locale,
      ),
    ),
  };
});

/** A resource's downloads with their format and size, read from public/uploads/. */
export function getDownloads(resource: CollectionEntry<'resources'>, locale: Locale) {
  return resource.data.downloads.map((download) =>
    describeDownload(download, statSync(`public${download.file}`).size, locale),
  );
}

/** Resources that share the most topics with this one, newest first among equals. */
export async function getRelatedResources(resource: CollectionEntry<'resources'>, locale: Locale) {
  const all = await getResources(locale);
  const withTopics = (entry: CollectionEntry<'resources'>) => ({
    id: entry.id,
    topics: entry.data.topics.map((topic) => topic.id),
    entry,
  });
  return relatedResources(withTopics(resource), all.map(withTopics)).map(({ entry }) => entry);
}

/** Each resource's latest date, formatted in the page's language, by slug. */
export async function getResourceDates(locale: Locale): Promise<Record<string, string>> {
  const resources = await getResources(locale);
  const intl = LOCALE_SETTINGS[locale].intl;
  return Object.fromEntries(resources.map(({ id, data }) => [id, formatDate(data.updated ?? data.published, intl)]));
}
