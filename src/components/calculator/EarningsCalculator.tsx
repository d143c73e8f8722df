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
import { calculator } from '../../lib/i18n/sections/calculator';
import { commission } from '../../lib/i18n/sections/commission';
import { localePath, type Locale } from '../../lib/i18n/locales';
import { keepStateInLanguageLinks } from '../../lib/i18n/switcher';
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
  /** The language of the page: its words come from the catalogue, its links stay in it. */
  locale: Locale;
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

export default function EarningsCalculator({
  tiers,
  plans,
  format,
  locale,
  initialTier,
  syncUrl = false,
  children,
}: Props) {
  const [t, { period }] = [calculator[locale], commission[locale]];
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
    keepStateInLanguageLinks();
  }, [ready, syncUrl, state]);

  const evaluation = useMemo(
    () => evaluate(state, tiers, plans, format.currency, t.errors),
    [state, tiers, plans, format.currency, t.errors],
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
  const priceOf = (plan: CalculatorPlan) => ({
    plan: plan.name,
    price: money(plan.priceMinor),
    seatUnit: plan.seatUnit,
  });
  const position = comparison.findIndex((row) => row.tier.id === shown?.tier.id);
  const next = comparison[position + 1];
  const current = comparison[position];

  return (
    <div className="calculator">
      <form className="calculator__form" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset className="calc-model">
          <legend>{t.form.model}</legend>
          {PARTNER_MODELS.map((model) => (
            <label key={model}>
              <input
                type="radio"
                name="model"
                value={model}
                checked={state.model === model}
                onChange={() => set({ model })}
              />
              {t.form.models[model]}
            </label>
          ))}
        </fieldset>
        <div className="calc-field">
          <label htmlFor="calc-tier">{t.form.tier}</label>
          <select id="calc-tier" value={state.tier} onChange={(event) => set({ tier: event.target.value })}>
            {tiers.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        <div className="calc-field">
          <label htmlFor="calc-plan">{t.form.plan}</label>
          <select id="calc-plan" value={state.plan} onChange={(event) => set({ plan: event.target.value })}>
            {plans.map((option) => (
              <option key={option.id} value={option.id}>
                {t.form.planOption({ name: option.name, price: money(option.priceMinor), seatUnit: option.seatUnit })}
              </option>
            ))}
          </select>
        </div>
        {(['seats', 'clients', 'churn', 'months', 'fee'] as const).map((field) => (
          <NumberField
            key={field}
            id={`calc-${field}`}
            label={t.form.fields[field]}
            value={state[field]}
            error={errors[field]}
            hint={field === 'churn' || field === 'fee' ? t.form.hints[field] : undefined}
            inputMode={rules[field].decimals > 0 ? 'decimal' : 'numeric'}
            slider={SLIDERS[field]}
            onChange={(value) => set({ [field]: value })}
          />
        ))}
      </form>

      <section className="calculator__results" aria-labelledby="calc-results-title">
        <h2 id="calc-results-title">{t.results.heading}</h2>
        {!evaluation.ok && (
          <p className="calc-alert" role="alert">
            {evaluation.tooLarge ? t.results.tooLarge : t.results.invalid}
            {shown && ` ${t.results.lastValid}`}
          </p>
        )}
        {shown && (
          <>
            <div className="calc-figures">
              <div role="group" aria-labelledby="calc-last-label">
                <p className="calc-figure__label" id="calc-last-label">
                  {t.results.lastMonth(shown.scenario.months)}
                </p>
                <p className="calc-figure__value">{money(shown.result.lastMonthEarnings)}</p>
              </div>
              <div role="group" aria-labelledby="calc-total-label">
                <p className="calc-figure__label" id="calc-total-label">
                  {t.results.total(shown.scenario.months)}
                </p>
                <p className="calc-figure__value">{money(shown.result.totalEarnings)}</p>
              </div>
              <div role="group" aria-labelledby="calc-plateau-label">
                <p className="calc-figure__label" id="calc-plateau-label">
                  {t.results.steady}
                </p>
                <p className="calc-figure__value">
                  {shown.result.plateau === null ? t.results.growing : t.results.perMonth(money(shown.result.plateau))}
                </p>
              </div>
            </div>
            <p className="calc-basis">
              {shown.scenario.model === 'referral'
                ? t.results.basis.referral({
                    ...priceOf(shown.plan),
                    percent: percent(shown.scenario.tier.referralCommission),
                    tier: shown.tier.name,
                    period: commissionDuration(shown.scenario.tier.commissionMonths, period),
                  })
                : t.results.basis.resale({
                    ...priceOf(shown.plan),
                    percent: percent(shown.scenario.tier.resaleDiscount),
                    tier: shown.tier.name,
                  })}
            </p>
            <EarningsChart rows={shown.result.rows} format={format} locale={locale} />

            <h3>{t.tiers.heading}</h3>
            <section className="earnings-table" aria-label={t.tiers.label} tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.tiers.tier}</th>
                    <th scope="col">{t.tiers.month(shown.scenario.months)}</th>
                    <th scope="col">{t.tiers.total}</th>
                    <th scope="col">{t.tiers.steady}</th>
                  </tr>
                </thead>
                <tbody>
                  {comparison.map((row) => (
                    <tr key={row.tier.id} aria-current={row.tier.id === shown.tier.id ? 'true' : undefined}>
                      <th scope="row">{row.tier.name}</th>
                      <td>{money(row.result.lastMonthEarnings)}</td>
                      <td>{money(row.result.totalEarnings)}</td>
                      <td>{row.result.plateau === null ? t.tiers.growing : money(row.result.plateau)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            {next && current && next.result.totalEarnings > current.result.totalEarnings && (
              <p className="calc-next">
                {t.tiers.next.before}
                <a href={localePath(locale, `/tiers/${next.tier.id}/`)}>{next.tier.name}</a>
                {t.tiers.next.after}
                <strong>{t.tiers.next.more(money(next.result.totalEarnings - current.result.totalEarnings))}</strong>
                {t.tiers.next.over(shown.scenario.months)}
              </p>
            )}
          </>
        )}
      </section>
    </div>
  );
}
