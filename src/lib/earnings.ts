/**
 * What a partner earns, month by month, from the tier rates and plan prices
 * in content. Pure arithmetic on integer minor units; no DOM, no React.
 *
 * A cohort of n new clients joins at the start of every month. The cohort
 * that joined in month j still has n·(1−c)^(m−j) clients in month m (an
 * expected value, not rounded), and each of them pays S·P that month.
 * - referral: the partner earns r of what the clients pay, for the first D
 *   months of each client (D = 0: for the client's lifetime);
 * - resale: the partner keeps the discount d on everything its clients pay;
 * - either way, plus a one-time service fee F for each new client.
 * Each month is rounded half-up to the minor unit; the cumulative figure is
 * the sum of the rounded months.
 */
import type { Tier } from '../schemas/tier';
import { roundMinor } from './money.ts';

export const PARTNER_MODELS = ['referral', 'resale'] as const;
export type PartnerModel = (typeof PARTNER_MODELS)[number];

/** A tier's rates in percent, and the months of each referred client's payments that earn commission (0: lifetime). */
export type TierRates = Pick<Tier, 'referralCommission' | 'commissionMonths' | 'resaleDiscount'>;

export interface Scenario {
  model: PartnerModel;
  tier: TierRates;
  /** List price of one seat per month, in minor units. */
  seatPriceMinor: number;
  seatsPerClient: number;
  newClientsPerMonth: number;
  /** Share of clients lost each month, percent. */
  monthlyChurn: number;
  months: number;
  /** One-time service fee per new client, in minor units. */
  serviceFeeMinor: number;
}

export interface MonthRow {
  month: number;
  /** Expected clients paying this month (not rounded). */
  activeClients: number;
  /** What the active clients pay this month, minor units, rounded. */
  customerRevenue: number;
  /** What the partner earns this month, minor units, rounded half-up. */
  earnings: number;
  /** Sum of the rounded monthly earnings so far. */
  cumulative: number;
}

export interface EarningsResult {
  rows: MonthRow[];
  totalEarnings: number;
  totalCustomerRevenue: number;
  lastMonthEarnings: number;
  /** Steady monthly earnings as months go on; null when earnings keep growing without limit. */
  plateau: number | null;
}

export const LIMITS = {
  seatsPerClient: { min: 1, max: 10_000 },
  newClientsPerMonth: { min: 0, max: 1_000 },
  monthlyChurn: { min: 0, max: 100 },
  months: { min: 1, max: 60 },
  serviceFeeMinor: { min: 0, max: 1_000_000_000 },
} as const;

function assertScenario(s: Scenario): void {
  const whole = (value: number, name: string, min: number, max: number) => {
    if (!Number.isInteger(value) || value < min || value > max)
      throw new RangeError(`${name} must be a whole number from ${min} to ${max}`);
  };
  whole(s.seatsPerClient, 'seatsPerClient', LIMITS.seatsPerClient.min, LIMITS.seatsPerClient.max);
  whole(s.newClientsPerMonth, 'newClientsPerMonth', LIMITS.newClientsPerMonth.min, LIMITS.newClientsPerMonth.max);
  whole(s.months, 'months', LIMITS.months.min, LIMITS.months.max);
  whole(s.serviceFeeMinor, 'serviceFeeMinor', LIMITS.serviceFeeMinor.min, LIMITS.serviceFeeMinor.max);
  whole(s.seatPriceMinor, 'seatPriceMinor', 0, Number.MAX_SAFE_INTEGER);
  whole(s.tier.commissionMonths, 'commissionMonths', 0, 10_000);
  for (const [name, value] of [
    ['monthlyChurn', s.monthlyChurn],
    ['referralCommission', s.tier.referralCommission],
    ['resaleDiscount', s.tier.resaleDiscount],
  ] as const) {
    if (!Number.isFinite(value) || value < 0 || value > 100)
      throw new RangeError(`${name} must be a percentage from 0 to 100`);
  }
}

export function computeEarnings(scenario: Scenario): EarningsResult {
  assertScenario(scenario);
  const { model, tier, seatPriceMinor, seatsPerClient, newClientsPerMonth: n, months } = scenario;
  const keep = 1 - scenario.monthlyChurn / 100;
  const rate = (model === 'referral' ? tier.referralCommission : tier.resaleDiscount) / 100;
  const limit = model === 'referral' && tier.commissionMonths > 0 ? tier.commissionMonths : Number.POSITIVE_INFINITY;
  const bill = seatsPerClient * seatPriceMinor;
  const fees = scenario.serviceFeeMinor * n;

  const rows: MonthRow[] = [];
  let active = 0; // n · Σ_{k<m} keep^k: every cohort still with us
  let earning = 0; // n · Σ_{k<min(m, D)} keep^k: the cohorts still earning commission
  let survival = 1; // keep^(m−1): the share left of the cohort that joined m−1 months ago
  let cumulative = 0;
  let totalCustomerRevenue = 0;
  for (let month = 1; month <= months; month += 1) {
    active += n * survival;
    if (month <= limit) earning += n * survival;
    survival *= keep;
    const customerRevenue = roundMinor(active * bill);
    const earnings = roundMinor(rate * earning * bill + fees);
    cumulative += earnings;
    totalCustomerRevenue += customerRevenue;
    rows.push({ month, activeClients: active, customerRevenue, earnings, cumulative });
  }

  const result = {
    rows,
    totalEarnings: cumulative,
    totalCustomerRevenue,
    lastMonthEarnings: rows.at(-1)?.earnings ?? 0,
    plateau: plateau(scenario, rate, bill, fees),
  };
  if (![totalCustomerRevenue, cumulative, result.plateau ?? 0].every(Number.isSafeInteger)) {
    throw new TooLargeError();
  }
  return result;
}

/** The scenario's figures exceed what can be computed exactly in minor units (about 90 trillion major units). */
export class TooLargeError extends RangeError {
  constructor() {
    super('The figures are too large to compute exactly');
    this.name = 'TooLargeError';
  }
}

/** The limit of monthly earnings as the months go on, or null when there is none. */
function plateau(scenario: Scenario, rate: number, bill: number, fees: number): number | null {
  const n = scenario.newClientsPerMonth;
  const churn = scenario.monthlyChurn / 100;
  const duration = scenario.model === 'referral' ? scenario.tier.commissionMonths : 0;
  if (n === 0 || rate === 0 || bill === 0) return roundMinor(fees);
  // Clients earning at once, in the long run: n·Σ_{k<D} keep^k, or n/churn for a lifetime.
  let earningClients: number;
  if (churn === 0) {
    if (duration === 0) return null;
    earningClients = n * duration;
  } else {
    earningClients = duration === 0 ? n / churn : (n * (1 - (1 - churn) ** duration)) / churn;
  }
  return roundMinor(rate * earningClients * bill + fees);
}
