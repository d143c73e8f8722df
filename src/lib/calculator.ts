/**
 * The earnings calculator's form: parsing what people type, the scenario it
 * describes, and its place in the URL. Pure: the island only holds state and
 * renders.
 */
import type { Plan } from '../schemas/plan';
import type { Tier } from '../schemas/tier';
import {
  computeEarnings,
  LIMITS,
  PARTNER_MODELS,
  TooLargeError,
  type EarningsResult,
  type PartnerModel,
  type Scenario,
  type TierRates,
} from './earnings.ts';
import type { Catalogue } from './i18n/catalogue.ts';
import { minorUnitDigits, toMinorUnits } from './money.ts';

/** What is wrong with a number as typed, in one language: the catalogue's `calculator.errors`. */
export type NumberMessages = Catalogue['calculator']['errors'];

export const NUMBER_FIELDS = ['seats', 'clients', 'churn', 'months', 'fee'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

export interface CalculatorTier extends TierRates {
  id: string;
  name: string;
}

export interface CalculatorPlan {
  id: string;
  name: string;
  seatUnit: string;
  /** Price of one seat per month, minor units. */
  priceMinor: number;
}

/** A tier entry as the calculator takes it: its rates and name. */
export const toCalculatorTier = ({ id, data }: { id: string; data: Tier }): CalculatorTier => ({
  id,
  name: data.name,
  referralCommission: data.referralCommission,
  commissionMonths: data.commissionMonths,
  resaleDiscount: data.resaleDiscount,
});

/** A plan entry as the calculator takes it: the seat price in minor units of the site currency. */
export const toCalculatorPlan = ({ id, data }: { id: string; data: Plan }, currency: string): CalculatorPlan => ({
  id,
  name: data.name,
  seatUnit: data.seatUnit,
  priceMinor: toMinorUnits(data.pricePerSeat, currency),
});

/** The form as typed: numbers stay text until they are valid, so a half-typed value is never lost. */
export interface CalculatorState {
  model: PartnerModel;
  tier: string;
  plan: string;
  seats: string;
  clients: string;
  churn: string;
  months: string;
  fee: string;
}

/** What a number field accepts; its label is the catalogue's `calculator.form.fields`. */
interface NumberRule {
  min: number;
  max: number;
  /** Decimals allowed; 0 for whole numbers. */
  decimals: number;
  /** Value of an empty field, when empty is allowed. */
  empty?: number;
}

export function numberRules(currency: string): Record<NumberField, NumberRule> {
  return {
    seats: { ...LIMITS.seatsPerClient, decimals: 0 },
    clients: { ...LIMITS.newClientsPerMonth, decimals: 0 },
    churn: { ...LIMITS.monthlyChurn, decimals: 2 },
    months: { ...LIMITS.months, decimals: 0 },
    fee: {
      min: 0,
      max: 10_000_000,
      decimals: minorUnitDigits(currency),
      empty: 0,
    },
  };
}

export type Parsed = { ok: true; value: number } | { ok: false; error: string };

/**
 * Reads a number as people type it: spaces as thousands separators, a comma
 * or a point before the decimals ("2,5" or "2.5"). Returns the value or the
 * message to show next to the field, in the language of `say`.
 */
export function parseNumber(raw: string, rule: NumberRule, say: NumberMessages): Parsed {
  const text = raw.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (text === '') {
    return rule.empty !== undefined ? { ok: true, value: rule.empty } : { ok: false, error: say.empty };
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) {
    return { ok: false, error: rule.decimals === 0 ? say.notWholeNumber : say.notNumber };
  }
  const value = Number(text);
  if (value < rule.min || value > rule.max || !Number.isFinite(value))
    return { ok: false, error: say.outOfRange(rule.min, rule.max) };
  const decimals = text.includes('.') ? (text.split('.')[1] ?? '').length : 0;
  if (rule.decimals === 0 && !Number.isInteger(value))
    return { ok: false, error: say.notWholeInRange(rule.min, rule.max) };
  if (decimals > rule.decimals) return { ok: false, error: say.tooManyDecimals(rule.decimals) };
  return { ok: true, value };
}

export type FieldErrors = Partial<Record<NumberField, string>>;

export type Evaluation =
  | { ok: true; scenario: Scenario; result: EarningsResult; tier: CalculatorTier; plan: CalculatorPlan }
  | { ok: false; errors: FieldErrors; tooLarge?: boolean };

export function findTier(tiers: readonly CalculatorTier[], id: string): CalculatorTier | undefined {
  return tiers.find((tier) => tier.id === id);
}

/** Turns the form into a scenario and computes it, or says which fields are wrong, in the language of `say`. */
export function evaluate(
  state: CalculatorState,
  tiers: readonly CalculatorTier[],
  plans: readonly CalculatorPlan[],
  currency: string,
  say: NumberMessages,
): Evaluation {
  const rules = numberRules(currency);
  const errors: FieldErrors = {};
  const values = {} as Record<NumberField, number>;
  for (const field of NUMBER_FIELDS) {
    const parsed = parseNumber(state[field], rules[field], say);
    if (parsed.ok) values[field] = parsed.value;
    else errors[field] = parsed.error;
  }
  const tier = findTier(tiers, state.tier) ?? tiers[0];
  const plan = plans.find((candidate) => candidate.id === state.plan) ?? plans[0];
  if (Object.keys(errors).length > 0 || !tier || !plan) return { ok: false, errors };
  const scenario: Scenario = {
    model: state.model,
    tier,
    seatPriceMinor: plan.priceMinor,
    seatsPerClient: values.seats,
    newClientsPerMonth: values.clients,
    monthlyChurn: values.churn,
    months: values.months,
    serviceFeeMinor: toMinorUnits(values.fee, currency),
  };
  try {
    return { ok: true, scenario, result: computeEarnings(scenario), tier, plan };
  } catch (error) {
    if (error instanceof TooLargeError) return { ok: false, errors: {}, tooLarge: true };
    throw error;
  }
}

export interface TierComparisonRow {
  tier: CalculatorTier;
  result: EarningsResult;
}

/** The same scenario at every tier, from the entry tier up. */
export function compareAtEveryTier(scenario: Scenario, tiers: readonly CalculatorTier[]): TierComparisonRow[] {
  return tiers.map((tier) => ({ tier, result: computeEarnings({ ...scenario, tier }) }));
}

// ---------------------------------------------------------------------------
// URL state: ?model=referral&tier=silver&plan=suite&seats=15&clients=3&churn=1&months=24&fee=0

export function defaultState(
  tiers: readonly CalculatorTier[],
  plans: readonly CalculatorPlan[],
  tierId?: string,
): CalculatorState {
  return {
    model: 'referral',
    tier: tierId && findTier(tiers, tierId) ? tierId : (tiers[0]?.id ?? ''),
    plan: plans.at(-1)?.id ?? '',
    seats: '10',
    clients: '2',
    churn: '1',
    months: '24',
    fee: '0',
  };
}

const MAX_PARAM_LENGTH = 20;

/** Reads a shared link. Unknown tiers, plans and models fall back to the defaults; numbers are kept as typed, so a bad one shows its message. */
export function parseCalculatorState(
  search: string,
  defaults: CalculatorState,
  tiers: readonly CalculatorTier[],
  plans: readonly CalculatorPlan[],
): CalculatorState {
  const params = new URLSearchParams(search);
  const state = { ...defaults };
  const model = params.get('model');
  if (model && (PARTNER_MODELS as readonly string[]).includes(model)) state.model = model as PartnerModel;
  const tier = params.get('tier');
  if (tier && findTier(tiers, tier)) state.tier = tier;
  const plan = params.get('plan');
  if (plan && plans.some((candidate) => candidate.id === plan)) state.plan = plan;
  for (const field of NUMBER_FIELDS) {
    const value = params.get(field);
    if (value !== null) state[field] = value.slice(0, MAX_PARAM_LENGTH);
  }
  return state;
}

export function serializeCalculatorState(state: CalculatorState): string {
  const params = new URLSearchParams();
  params.set('model', state.model);
  params.set('tier', state.tier);
  params.set('plan', state.plan);
  for (const field of NUMBER_FIELDS) params.set(field, state[field].trim());
  return `?${params.toString()}`;
}
