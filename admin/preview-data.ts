/**
 * Turns an entry as the CMS holds it (plain values, ids for references) into
 * the props of the site's own components, with labels from the build.
 */
import type { CalculatorPlan, CalculatorTier } from '../src/lib/calculator';
import { toCard, type DirectoryData, type FacetKey, type PartnerCardData } from '../src/lib/directory';
import { toLibraryItem, type LibraryData, type LibraryItem } from '../src/lib/library';
import { preview } from '../src/lib/i18n/sections/preview';
import { isLocale, type Locale } from '../src/lib/i18n/locales';
import type { MoneyFormat } from '../src/lib/money';
import type { TierTerms } from '../src/lib/tiers';
import { toReviewCard, type ReviewCardData } from '../src/lib/reviews';

/** What the previews of one language need; `/admin/preview-data.json` holds one per language. */
export interface PreviewData {
  calculator: { tiers: CalculatorTier[]; plans: CalculatorPlan[]; format: MoneyFormat };
  planNames: Record<string, string>;
  directoryFacets: DirectoryData['facets'];
  /** The gazetteer, for the cities of offices. */
  cities: DirectoryData['cities'];
  libraryFacets: LibraryData['facets'];
  /** The `Intl` locale dates are written in. */
  intl: string;
}

type Data = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const ids = (value: unknown) =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
const finite = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** The directory card of a partner being edited, drawn by the directory's own `toCard`. */
export function partnerCard(
  slug: string,
  data: Data,
  { directoryFacets: facets, cities }: Pick<PreviewData, 'directoryFacets' | 'cities'>,
  locale: Locale,
): PartnerCardData {
  const { empty } = preview[locale];
  const positionsIn = (options: readonly { id: string }[], values: string[]) =>
    values.map((id) => options.findIndex((option) => option.id === id)).filter((index) => index >= 0);
  const positions = (key: FacetKey, values: string[]) => positionsIn(facets[key], values);
  const offices = Array.isArray(data.offices) ? (data.offices as Data[]) : [];
  const card = toCard(
    {
      slug: slug || 'new-partner',
      name: text(data.name) || empty.partner,
      offices: positionsIn(
        cities,
        offices.map((office) => text(office.city)),
      ),
      remote: data.remote === true,
      minProject: finite(data.minProject),
      summary: text(data.summary),
      values: {
        service: positions('service', ids(data.services)),
        region: positions('region', ids(data.regions)),
        industry: positions('industry', ids(data.industries)),
        language: positions('language', ids(data.languages)),
        type: positions('type', ids(data.types)),
        tier: positions('tier', [text(data.tier)]),
        // A new entry takes clients until the editor says otherwise, as the schema's default does.
        accepting: data.acceptingClients === false ? [] : [0],
        size: positions('size', ids(data.clientSizes)),
        budget: [],
        rating: [],
      },
      reviews: { count: 0, sum: 0 },
      verifiedDay: 0,
      completeness: 0,
      writtenIn: isLocale(data.writtenIn) ? data.writtenIn : locale,
    },
    { facets, cities },
    locale,
  );
  return card.tier.label ? card : { ...card, tier: { ...card.tier, label: empty.noTier } };
}

/** The calculator's tiers with the edited tier's rates in place of the published ones (or added, for a new tier). */
export function tiersWithEdit(tiers: CalculatorTier[], slug: string, data: Data, locale: Locale): CalculatorTier[] {
  const edited: CalculatorTier = {
    id: slug || 'new-tier',
    name: text(data.name) || preview[locale].empty.tier,
    referralCommission: finite(data.referralCommission),
    commissionMonths: finite(data.commissionMonths),
    resaleDiscount: finite(data.resaleDiscount),
  };
  return tiers.some((tier) => tier.id === edited.id)
    ? tiers.map((tier) => (tier.id === edited.id ? edited : tier))
    : [...tiers, edited];
}

/** The library card of a resource being edited, built as the library builds its own. */
export function resourceItem(slug: string, data: Data, facets: LibraryData['facets'], locale: Locale): LibraryItem {
  return toLibraryItem(
    {
      slug: slug || 'new-resource',
      title: text(data.title) || preview[locale].empty.resource,
      summary: text(data.summary),
      day: 0,
      type: text(data.type),
      topics: ids(data.topics),
      audience: ids(data.audience),
      minimumTier: text(data.minimumTier),
    },
    facets,
    locale,
  );
}

/** A tier as the comparison reads it; missing values show as empty or zero while the editor types. */
export function tierTerms(data: Data): TierTerms {
  const licences = (data.internalLicences ?? {}) as Data;
  return {
    name: text(data.name),
    order: finite(data.order),
    summary: text(data.summary),
    badgeColour: text(data.badgeColour),
    requirements: (Array.isArray(data.requirements) ? (data.requirements as Data[]) : []).map((row) => ({
      label: text(row.label),
      value: text(row.value),
    })),
    resaleDiscount: finite(data.resaleDiscount),
    referralCommission: finite(data.referralCommission),
    commissionMonths: finite(data.commissionMonths),
    marketDevelopmentFunds: text(data.marketDevelopmentFunds),
    supportSla: text(data.supportSla),
    leadSharing: data.leadSharing === true,
    internalLicences: { seats: finite(licences.seats), plan: { id: text(licences.plan) } },
  };
}

/** A review being edited, drawn by the profile's own `toReviewCard`; missing values show as empty while the editor types. */
export function reviewCard(data: Data, facets: PreviewData['directoryFacets'], locale: Locale): ReviewCardData {
  const day = (value: unknown) => new Date(`${text(value)}T00:00:00Z`);
  const sizes = new Map(facets.size.map((size) => [size.id, size.label]));
  const size = text(data.companySize);
  const card = toReviewCard(
    {
      title: text(data.title) || preview[locale].empty.review,
      text: text(data.text),
      rating: Math.min(5, Math.max(1, Math.round(finite(data.rating) || 5))),
      reviewerName: text(data.reviewerName),
      reviewerRole: text(data.reviewerRole),
      company: text(data.company),
      companySize: size,
      services: ids(data.services).map((id) => ({ id, collection: 'services' as const })),
      projectEnded: day(data.projectEnded),
      published: day(data.published),
      verified: data.verified === true,
      response: text(data.response) || undefined,
      writtenIn: isLocale(data.writtenIn) ? data.writtenIn : locale,
    },
    { services: new Map(facets.service.map((service) => [service.id, service.label])), sizes },
    locale,
  );
  return card;
}
