import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  compareAtEveryTier,
  defaultState,
  evaluate,
  numberRules,
  parseCalculatorState,
  serializeCalculatorState,
  type CalculatorPlan,
  type CalculatorState,
  type CalculatorTier,
  type Evaluation,
  type NumberField as Field,
} from '../../lib/calculator';
import { PARTNER_MODELS } from '../../lib/earnings';
import { formatMoney, formatPercent, type MoneyFormat } from '../../lib/money';
import { commissionDuration } from '../../lib/tiers';
import EarningsChart from './EarningsChart';
import NumberField from './NumberField';
import './calculator.css';

interface Props {
  tiers: CalculatorTier[];
  /** Plans partners can sell; free plans are never passed in. */
  plans: CalculatorPlan[];
  format: MoneyFormat;
  /** Tier chosen when the calculator opens (the tier page it sits on). */
  initialTier?: string | undefined;
  /** Keep the scenario in the address bar, so it can be shared. */
  syncUrl?: boolean;
  /** The worked example shown until the calculator is ready, and without JavaScript. */
  children?: ReactNode;
}

const SLIDERS: Partial<Record<Field, { min: number; max: number; step: number }>> = {
  seats: { min: 1, max: 500, step: 1 },
  clients: { min: 0, max: 50, step: 1 },
  churn: { min: 0, max: 10, step: 0.5 },
  months: { min: 1, max: 60, step: 1 },
};

export default function EarningsCalculator({ tiers, plans, format, initialTier, syncUrl = false, children }: Props) {
  const defaults = useMemo(() => defaultState(tiers, plans, initialTier), [tiers, plans, initialTier]);
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<CalculatorState>(defaults);
  const lastValid = useRef<Extract<Evaluation, { ok: true }> | null>(null);

  useEffect(() => {
    if (syncUrl) setState(parseCalculatorState(window.location.search, defaults, tiers, plans));
    setReady(true);
  }, [syncUrl, defaults, tiers, plans]);

  useEffect(() => {
    if (!ready || !syncUrl) return;
    window.history.replaceState(null, '', `${window.location.pathname}${serializeCalculatorState(state)}`);
  }, [ready, syncUrl, state]);

  const evaluation = useMemo(
    () => evaluate(state, tiers, plans, format.currency),
    [state, tiers, plans, format.currency],
  );
  if (evaluation.ok) lastValid.current = evaluation;
  const shown = evaluation.ok ? evaluation : lastValid.current;

  // A real box around the fallback: client:visible watches the island's first element, and the slot itself has no box.
  if (!ready) return <div className="calculator-fallback">{children}</div>;

  const rules = numberRules(format.currency);
  const errors = evaluation.ok ? {} : evaluation.errors;
  const set = (patch: Partial<CalculatorState>) => setState((current) => ({ ...current, ...patch }));
  const money = (minor: number) => formatMoney(minor, format);
  const percent = (value: number) => formatPercent(value, format.locale);
  const comparison = shown ? compareAtEveryTier(shown.scenario, tiers) : [];
  const position = comparison.findIndex((row) => row.tier.id === shown?.tier.id);
  const next = comparison[position + 1];
  const current = comparison[position];

  return (
    <div className="calculator">
      <form className="calculator__form" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset className="calc-model">
          <legend>Partner model</legend>
          {PARTNER_MODELS.map((model) => (
            <label key={model}>
              <input
                type="radio"
                name="model"
                value={model}
                checked={state.model === model}
                onChange={() => set({ model })}
              />
              {model === 'referral'
                ? 'Referral: we bill the client, you earn a commission'
                : 'Resale: you bill the client at your price'}
            </label>
          ))}
        </fieldset>
        <div className="calc-field">
          <label htmlFor="calc-tier">Tier</label>
          <select id="calc-tier" value={state.tier} onChange={(event) => set({ tier: event.target.value })}>
            {tiers.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        <div className="calc-field">
          <label htmlFor="calc-plan">Plan</label>
          <select id="calc-plan" value={state.plan} onChange={(event) => set({ plan: event.target.value })}>
            {plans.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name} ({money(option.priceMinor)} per {option.seatUnit})
              </option>
            ))}
          </select>
        </div>
        {(['seats', 'clients', 'churn', 'months', 'fee'] as const).map((field) => (
          <NumberField
            key={field}
            id={`calc-${field}`}
            label={rules[field].label}
            value={state[field]}
            error={errors[field]}
            hint={
              field === 'churn'
                ? 'Share of clients who leave each month; 1 to 2 % is typical for business mail.'
                : field === 'fee'
                  ? 'What you charge each new client for migration and setup; leave 0 if you do not.'
                  : undefined
            }
            inputMode={rules[field].decimals > 0 ? 'decimal' : 'numeric'}
            slider={SLIDERS[field]}
            onChange={(value) => set({ [field]: value })}
          />
        ))}
      </form>

      <section className="calculator__results" aria-labelledby="calc-results-title">
        <h2 id="calc-results-title">What you would earn</h2>
        {!evaluation.ok && (
          <p className="calc-alert" role="alert">
            {evaluation.tooLarge
              ? 'These figures are too large to compute exactly to the smallest coin. Lower the seats or the clients per month.'
              : 'Fix the highlighted fields to update the figures.'}
            {shown && ' The figures below are for the last valid entries.'}
          </p>
        )}
        {shown && (
          <>
            <div className="calc-figures">
              <div role="group" aria-labelledby="calc-last-label">
                <p className="calc-figure__label" id="calc-last-label">
                  Earnings in month {shown.scenario.months}
                </p>
                <p className="calc-figure__value">{money(shown.result.lastMonthEarnings)}</p>
              </div>
              <div role="group" aria-labelledby="calc-total-label">
                <p className="calc-figure__label" id="calc-total-label">
                  Total earnings over {shown.scenario.months} months
                </p>
                <p className="calc-figure__value">{money(shown.result.totalEarnings)}</p>
              </div>
              <div role="group" aria-labelledby="calc-plateau-label">
                <p className="calc-figure__label" id="calc-plateau-label">
                  Steady monthly earnings
                </p>
                <p className="calc-figure__value">
                  {shown.result.plateau === null
                    ? 'Keep growing while clients stay'
                    : `${money(shown.result.plateau)} a month`}
                </p>
              </div>
            </div>
            <p className="calc-basis">
              {shown.scenario.model === 'referral'
                ? `${percent(shown.scenario.tier.referralCommission)} referral commission at ${shown.tier.name}, paid for ${commissionDuration(shown.scenario.tier.commissionMonths).toLowerCase()} of each client`
                : `${percent(shown.scenario.tier.resaleDiscount)} resale discount at ${shown.tier.name}`}
              , on {shown.plan.name} at {money(shown.plan.priceMinor)} per {shown.plan.seatUnit} a month.
            </p>
            <EarningsChart rows={shown.result.rows} format={format} />

            <h3>The same scenario at every tier</h3>
            <section className="earnings-table" aria-label="Earnings at every tier" tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Tier</th>
                    <th scope="col">Month {shown.scenario.months}</th>
                    <th scope="col">Total</th>
                    <th scope="col">Steady monthly</th>
                  </tr>
                </thead>
                <tbody>
                  {comparison.map((row) => (
                    <tr key={row.tier.id} aria-current={row.tier.id === shown.tier.id ? 'true' : undefined}>
                      <th scope="row">{row.tier.name}</th>
                      <td>{money(row.result.lastMonthEarnings)}</td>
                      <td>{money(row.result.totalEarnings)}</td>
                      <td>{row.result.plateau === null ? 'Keeps growing' : money(row.result.plateau)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            {next && current && next.result.totalEarnings > current.result.totalEarnings && (
              <p className="calc-next">
                At <a href={`/tiers/${next.tier.id}/`}>{next.tier.name}</a> the same clients would earn you{' '}
                <strong>{money(next.result.totalEarnings - current.result.totalEarnings)} more</strong> over{' '}
                {shown.scenario.months} months.
              </p>
            )}
          </>
        )}
      </section>
    </div>
  );
}
