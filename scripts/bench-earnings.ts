/**
 * How long the earnings model takes for the longest horizon (60 months), next
 * to a baseline computed in the same process: the textbook double loop over
 * every cohort and month, which is what the model replaces.
 *
 *   npm run bench:earnings
 *
 * Prints the figures and writes them to bench-results/earnings.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { computeEarnings, type Scenario } from '../src/lib/earnings.ts';
import { roundMinor } from '../src/lib/money.ts';
import { summarize } from './bench/stats.ts';

const scenario: Scenario = {
  model: 'referral',
  tier: { referralCommission: 20, commissionMonths: 24, resaleDiscount: 20 },
  seatPriceMinor: 25_000,
  seatsPerClient: 15,
  newClientsPerMonth: 3,
  monthlyChurn: 1.5,
  months: 60,
  serviceFeeMinor: 500_000,
};

/** Every cohort, every month: O(H²), the formula as written. */
function doubleLoop(s: Scenario): number {
  const keep = 1 - s.monthlyChurn / 100;
  const rate = s.tier.referralCommission / 100;
  let total = 0;
  for (let m = 1; m <= s.months; m += 1) {
    let sum = 0;
    for (let j = 1; j <= m; j += 1) {
      if (s.tier.commissionMonths === 0 || m - j < s.tier.commissionMonths) {
        sum += s.newClientsPerMonth * keep ** (m - j) * s.seatsPerClient * s.seatPriceMinor;
      }
    }
    total += roundMinor(rate * sum + s.serviceFeeMinor * s.newClientsPerMonth);
  }
  return total;
}

if (doubleLoop(scenario) !== computeEarnings(scenario).totalEarnings)
  throw new Error('The baseline and the model disagree');

const BATCH = 1_000;
function timePerCall(run: () => unknown): number[] {
  for (let i = 0; i < 20 * BATCH; i += 1) run(); // warm-up
  const samples: number[] = [];
  for (let round = 0; round < 50; round += 1) {
    const start = performance.now();
    for (let i = 0; i < BATCH; i += 1) run();
    samples.push(((performance.now() - start) / BATCH) * 1000); // microseconds per call
  }
  return samples;
}

const model = summarize(timePerCall(() => computeEarnings(scenario)));
const baseline = summarize(timePerCall(() => doubleLoop(scenario)));
const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', node: process.version },
  months: scenario.months,
  unit: 'microseconds per call (median of 50 batches of 1,000)',
  model,
  baseline: { description: 'double loop over every cohort and month', ...baseline },
  ratio: Math.round((baseline.p50 / model.p50) * 10) / 10,
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/earnings.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(`Earnings model, 60 months, ${result.machine.cpus} cores
  model      p50 ${model.p50} µs, p95 ${model.p95} µs per call   target: well under 1,000 µs
  baseline   p50 ${baseline.p50} µs, p95 ${baseline.p95} µs per call (double loop)
  ratio      ×${result.ratio} at p50
Saved bench-results/earnings.json`);
