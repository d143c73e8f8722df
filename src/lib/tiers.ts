/**
 * Turns tier content into the rows of the comparison table. Pure, so the
 * alignment rules are tested without rendering.
 */
import type { Plan } from '../schemas/plan';
import type { Tier } from '../schemas/tier';
import type { Catalogue } from './i18n/catalogue.ts';
import { formatMoney, formatPercent, roundMinor, toMinorUnits, type MoneyFormat } from './money.ts';
import { byOrder } from './order.ts';

/** The words of the tier terms in one language: the catalogue's `tiers` section. */
export type TierWords = Catalogue['tiers'] & Catalogue['commission'];

/** A tier as the comparison reads it: the schema's fields, with the licence plan by id alone. */
export type TierTerms = Omit<Tier, 'internalLicences'> & {
  internalLicences: Pick<Tier['internalLicences'], 'seats'> & { plan: Pick<Tier['internalLicences']['plan'], 'id'> };
};

export interface ComparisonRow {
  label: string;
  /** One cell per tier, in the order the tiers were given. */
  cells: string[];
}

/**
 * How long a referral commission is paid, in words: whole years as years, other
 * periods in months, 0 for the customer's lifetime. `words` is the catalogue's
 * `commission.duration` for the phrase on its own ("2 years", «2 года») or
 * `commission.period` for it inside a sentence ("for 2 years", «в течение 2 лет»).
 */
export function commissionDuration(months: number, words: Catalogue['commission']['duration']): string {
  if (months === 0) return words.lifetime;
  return months % 12 === 0 ? words.years(months / 12) : words.months(months);
}

/**
 * One row per requirement label, in the order labels first appear from the
 * entry tier upwards. A tier that does not list a label shows "—".
 */
export function requirementRows(tiers: readonly Pick<TierTerms, 'requirements'>[]): ComparisonRow[] {
  const labels: string[] = [];
  for (const tier of tiers) {
    for (const { label } of tier.requirements) if (!labels.includes(label)) labels.push(label);
  }
  return labels.map((label) => ({
    label,
    cells: tiers.map((tier) => tier.requirements.find((req) => req.label === label)?.value ?? '—'),
  }));
}

/** Commission on one client's monthly bill: rate × bill, rounded half-up to the minor unit. */
export function commissionOn(billMinor: number, percent: number): number {
  return roundMinor((billMinor * percent) / 100);
}

export interface ExampleClient {
  /** Price of one seat per month, in minor units. */
  seatPriceMinor: number;
  seats: number;
  planName: string;
  seatUnit: string;
}

/** The benefit rows of the comparison, labelled in the language of `words` (the catalogue's `tiers` section). */
export function benefitRows(
  tiers: readonly TierTerms[],
  format: MoneyFormat,
  words: TierWords,
  licencePlanNames: readonly string[],
  example?: ExampleClient,
): ComparisonRow[] {
  const percent = (value: number) => formatPercent(value, format.locale);
  const { rows: labels } = words;
  const rows: ComparisonRow[] = [
    { label: labels.resaleDiscount, cells: tiers.map((tier) => percent(tier.resaleDiscount)) },
    { label: labels.referralCommission, cells: tiers.map((tier) => percent(tier.referralCommission)) },
    {
      label: labels.commissionPaidFor,
      cells: tiers.map((tier) => commissionDuration(tier.commissionMonths, words.duration)),
    },
  ];
  if (example) {
    const bill = example.seatPriceMinor * example.seats;
    rows.push({
      label: labels.exampleCommission({ seats: example.seats, seatUnit: example.seatUnit, plan: example.planName }),
      cells: tiers.map((tier) => formatMoney(commissionOn(bill, tier.referralCommission), format)),
    });
  }
  rows.push(
    { label: labels.marketDevelopmentFunds, cells: tiers.map((tier) => tier.marketDevelopmentFunds) },
    { label: labels.supportResponse, cells: tiers.map((tier) => tier.supportSla) },
    { label: labels.leads, cells: tiers.map((tier) => (tier.leadSharing ? labels.yes : labels.no)) },
    {
      label: labels.freeLicences,
      cells: tiers.map((tier, index) =>
        tier.internalLicences.seats === 0
          ? '—'
          : `${tier.internalLicences.seats} × ${licencePlanNames[index] ?? ''}`.trim(),
      ),
    },
  );
  return rows;
}

type PlanTerms = Pick<Plan, 'name' | 'order' | 'pricePerSeat' | 'seatUnit' | 'sellableByPartners'>;

export interface TierComparison {
  tiers: { id: string; name: string; badgeColour: string; summary: string }[];
  requirements: ComparisonRow[];
  benefits: ComparisonRow[];
}

/** Seats of the example client in the comparison: a typical small office. */
export const EXAMPLE_SEATS = 10;

/** The example client of the tier comparison: EXAMPLE_SEATS seats of the dearest of the plans partners sell. */
export function exampleClient(
  sellablePlans: readonly { name: string; seatUnit: string; priceMinor: number }[],
): ExampleClient | undefined {
  const plan = [...sellablePlans].sort((a, b) => b.priceMinor - a.priceMinor)[0];
  return (
    plan && { seatPriceMinor: plan.priceMinor, seats: EXAMPLE_SEATS, planName: plan.name, seatUnit: plan.seatUnit }
  );
}

/**
 * Everything the tier comparison shows, read from tiers and plans, labelled
 * in the language of `words` (the catalogue's `tiers` section; the default
 * language's when not given). The example client buys the most expensive
 * plan partners sell.
 */
export function buildTierComparison(
  tierEntries: readonly { id: string; data: TierTerms }[],
  plans: readonly { id: string; data: PlanTerms }[],
  format: MoneyFormat,
  words: TierWords,
): TierComparison {
  const tiers = [...tierEntries].sort(byOrder);
  const planName = (id: string) => plans.find((plan) => plan.id === id)?.data.name ?? id;
  const example = exampleClient(
    plans
      .filter((plan) => plan.data.sellableByPartners)
      .map(({ data }) => ({ ...data, priceMinor: toMinorUnits(data.pricePerSeat, format.currency) })),
  );
  return {
    tiers: tiers.map(({ id, data }) => ({ id, name: data.name, badgeColour: data.badgeColour, summary: data.summary })),
    requirements: requirementRows(tiers.map((tier) => tier.data)),
    benefits: benefitRows(
      tiers.map((tier) => tier.data),
      format,
      words,
      tiers.map((tier) => planName(tier.data.internalLicences.plan.id)),
      example,
    ),
  };
}

/** One tier's column of the comparison: each row's label with that tier's value. */
export function tierColumn(rows: readonly ComparisonRow[], at: number): { label: string; value: string }[] {
  return rows.map((row) => ({ label: row.label, value: row.cells[at] ?? '—' }));
}

/** What the tier above the one at `at` adds: the benefit rows whose value changes, with the higher tier's value. */
export function nextTierGains(benefits: readonly ComparisonRow[], at: number): { label: string; value: string }[] {
  if (!benefits.some((row) => row.cells.length > at + 1)) return [];
  const current = tierColumn(benefits, at);
  return tierColumn(benefits, at + 1).filter((row, index) => row.value !== current[index]?.value);
}
