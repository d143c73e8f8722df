/**
 * Turns an entry as the CMS holds it (plain values, ids for references) into
 * the props of the site's own components, with labels from the build.
 */
import type { CalculatorPlan, CalculatorTier } from '../src/lib/calculator';
import type { FacetKey, PartnerCardData } from '../src/lib/directory';
import type { LibraryData, LibraryItem } from '../src/lib/library';
import type { MoneyFormat } from '../src/lib/money';
import { EXAMPLE_SEATS, type ExampleClient, type TierTerms } from '../src/lib/tiers';

interface Option {
  id: string;
  label: string;
  colour?: string;
}

export interface PreviewData {
  calculator: { tiers: CalculatorTier[]; plans: CalculatorPlan[]; format: MoneyFormat };
  planNames: Record<string, string>;
  directoryFacets: Record<FacetKey, Option[]>;
  libraryFacets: LibraryData['facets'];
  locale: string;
}

type Data = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const ids = (value: unknown) =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
const finite = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const labelsOf = (options: Option[], values: string[]) =>
  values.map((id) => options.find((option) => option.id === id)?.label ?? id);

export function partnerCard(slug: string, data: Data, facets: PreviewData['directoryFacets']): PartnerCardData {
  const tier = facets.tier.find((option) => option.id === data.tier);
  return {
    slug: slug || 'new-partner',
    name: text(data.name) || 'Partner name',
    tier: { label: tier?.label ?? 'No tier chosen', colour: tier?.colour ?? 'transparent' },
    types: labelsOf(facets.type, ids(data.types)),
    city: text(data.city),
    regions: labelsOf(facets.region, ids(data.regions)),
    services: labelsOf(facets.service, ids(data.services)),
    summary: text(data.summary),
  };
}

/** The calculator's tiers with the edited tier's rates in place of the published ones (or added, for a new tier). */
export function tiersWithEdit(tiers: CalculatorTier[], slug: string, data: Data): CalculatorTier[] {
  const edited: CalculatorTier = {
    id: slug || 'new-tier',
    name: text(data.name) || 'New tier',
    referralCommission: finite(data.referralCommission),
    commissionMonths: finite(data.commissionMonths),
    resaleDiscount: finite(data.resaleDiscount),
  };
  return tiers.some((tier) => tier.id === edited.id)
    ? tiers.map((tier) => (tier.id === edited.id ? edited : tier))
    : [...tiers, edited];
}

export function resourceItem(slug: string, data: Data, facets: LibraryData['facets']): LibraryItem {
  const position = (key: keyof LibraryData['facets'], id: string) => facets[key].findIndex((value) => value.id === id);
  const minimum = typeof data.minimumTier === 'string' && data.minimumTier ? position('tier', data.minimumTier) : -1;
  return {
    slug: slug || 'new-resource',
    title: text(data.title) || 'Resource title',
    summary: text(data.summary),
    day: 0,
    access: minimum < 0 ? 'Public' : `${facets.tier[minimum]?.label ?? ''} and above`,
    values: {
      type: [position('type', text(data.type))],
      topic: ids(data.topics).map((id) => position('topic', id)),
      audience: ids(data.audience).map((id) => position('audience', id)),
      tier: [],
    },
  };
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

/** The example client of the tier comparison: ten seats of the dearest plan partners sell. */
export function exampleClient(plans: CalculatorPlan[]): ExampleClient | undefined {
  const plan = [...plans].sort((a, b) => b.priceMinor - a.priceMinor)[0];
  return (
    plan && { seatPriceMinor: plan.priceMinor, seats: EXAMPLE_SEATS, planName: plan.name, seatUnit: plan.seatUnit }
  );
}
