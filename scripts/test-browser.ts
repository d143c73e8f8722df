// Runs the browser test layer when a Chromium is available. Without one it
// says so in one line and skips only this layer, except in CI (CI=true),
// where a missing browser fails the run.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.ts';

const chromium = findChromium();
if (!chromium) {
  const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : '/usr/bin/chromium';
  if (process.env.CI === 'true') {
    console.error(`Browser tests: no Chromium at ${where}; CI needs one (apt-get install chromium).`);
    process.exit(1);
  }
  console.log(`Browser tests skipped: no Chromium at ${where} (apt-get install chromium, or set CHROMIUM_PATH).`);
  process.exit(0);
}

const result = spawnSync('npx', ['vitest', 'run', '--project', 'browser', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
