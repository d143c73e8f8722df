import { useId, useState } from 'react';
import type { MonthRow } from '../../lib/earnings';
import { formatMoney, type MoneyFormat } from '../../lib/money';

interface Props {
  rows: MonthRow[];
  format: MoneyFormat;
}

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 16, right: 16, bottom: 28, left: 16 };

/** Monthly earnings as bars and the running total as a line, with the same figures as a table on request. */
export default function EarningsChart({ rows, format }: Props) {
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
        <title id={`${id}-title`}>Monthly and cumulative earnings</title>
        <desc id={`${id}-desc`}>
          {`Bars show each month's earnings, from ${money(rows[0]?.earnings ?? 0)} in month 1 to ${money(last?.earnings ?? 0)} in month ${last?.month ?? 0}. The line shows the running total, ${money(last?.cumulative ?? 0)} after ${last?.month ?? 0} months.`}
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
        <span className="earnings-chart__key earnings-chart__key--bar">Earnings each month</span>
        <span className="earnings-chart__key earnings-chart__key--line">Running total</span>
        <button
          type="button"
          className="button-link"
          aria-expanded={showTable}
          aria-controls={`${id}-table`}
          onClick={() => setShowTable(!showTable)}
        >
          {showTable ? 'Hide the table' : 'Show the figures as a table'}
        </button>
      </figcaption>
      {showTable && (
        <section className="earnings-table" id={`${id}-table`} aria-label="Earnings by month" tabIndex={0}>
          <table>
            <caption className="visually-hidden">Earnings by month</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Paying clients</th>
                <th scope="col">Clients pay</th>
                <th scope="col">You earn</th>
                <th scope="col">Running total</th>
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
