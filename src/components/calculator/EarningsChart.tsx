import { useId, useState } from 'react';
import type { MonthRow } from '../../lib/earnings';
import { calculator } from '../../lib/i18n/sections/calculator';
import type { Locale } from '../../lib/i18n/locales';
import { formatMoney, type MoneyFormat } from '../../lib/money';

interface Props {
  rows: MonthRow[];
  format: MoneyFormat;
  locale: Locale;
}

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 16, right: 16, bottom: 28, left: 16 };

/** Monthly earnings as bars and the running total as a line, with the same figures as a table on request. */
export default function EarningsChart({ rows, format, locale }: Props) {
  const t = calculator[locale].chart;
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const money = (minor: number) => formatMoney(minor, format);
  const maxMonthly = Math.max(1, ...rows.map((row) => row.earnings));
  const maxTotal = Math.max(1, rows.at(-1)?.cumulative ?? 0);
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const step = innerWidth / Math.max(1, rows.length);
  const x = (index: number) => PAD.left + index * step;
  const y = (value: number, max: number) => PAD.top + innerHeight - (value / max) * innerHeight;
  const line = rows.map((row, index) => `${x(index) + step / 2},${y(row.cumulative, maxTotal)}`).join(' ');
  const last = rows.at(-1);
  const labelEvery = Math.ceil(rows.length / 12);

  return (
    <figure className="earnings-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{t.title}</title>
        <desc id={`${id}-desc`}>
          {t.description({
            first: money(rows[0]?.earnings ?? 0),
            last: money(last?.earnings ?? 0),
            lastMonth: last?.month ?? 0,
            total: money(last?.cumulative ?? 0),
          })}
        </desc>
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={PAD.top + innerHeight}
          y2={PAD.top + innerHeight}
          className="earnings-chart__axis"
        />
        {rows.map((row, index) => (
          <rect
            key={row.month}
            x={x(index) + step * 0.15}
            width={step * 0.7}
            y={y(row.earnings, maxMonthly)}
            height={Math.max(0, PAD.top + innerHeight - y(row.earnings, maxMonthly))}
            className="earnings-chart__bar"
          />
        ))}
        <polyline points={line} className="earnings-chart__line" fill="none" />
        {rows.map((row, index) =>
          index % labelEvery === 0 || index === rows.length - 1 ? (
            <text
              key={row.month}
              x={x(index) + step / 2}
              y={HEIGHT - 8}
              textAnchor="middle"
              className="earnings-chart__label"
            >
              {row.month}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption>
        <span className="earnings-chart__key earnings-chart__key--bar">{t.monthly}</span>
        <span className="earnings-chart__key earnings-chart__key--line">{t.runningTotal}</span>
        <button
          type="button"
          className="button-link"
          aria-expanded={showTable}
          aria-controls={`${id}-table`}
          onClick={() => setShowTable(!showTable)}
        >
          {showTable ? t.hideTable : t.showTable}
        </button>
      </figcaption>
      {showTable && (
        <section className="earnings-table" id={`${id}-table`} aria-label={t.table} tabIndex={0}>
          <table>
            <caption className="visually-hidden">{t.table}</caption>
            <thead>
              <tr>
                <th scope="col">{t.month}</th>
                <th scope="col">{t.payingClients}</th>
                <th scope="col">{t.clientsPay}</th>
                <th scope="col">{t.youEarn}</th>
                <th scope="col">{t.runningTotal}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.month}>
                  <th scope="row">{row.month}</th>
                  <td>{row.activeClients.toLocaleString(format.locale, { maximumFractionDigits: 1 })}</td>
                  <td>{money(row.customerRevenue)}</td>
                  <td>{money(row.earnings)}</td>
                  <td>{money(row.cumulative)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </figure>
  );
}
