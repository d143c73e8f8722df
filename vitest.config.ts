/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three test projects, run in this order by `npm test`:
 * - unit: pure logic, schemas and content queries, no build needed;
 * - site: checks of the built HTML in dist/;
 * - browser: Chromium against `astro preview` of the build.
 */
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'admin/**/*.test.ts', 'tests/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          // Several files run `astro build`, which shares a content cache in node_modules/.astro: one at a time.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/preview-server.ts'],
          testTimeout: 90_000,
          hookTimeout: 60_000,
          // What the page shows once its search has answered: the answer comes from a Web Worker, after the data.
          expect: { poll: { timeout: 10_000 } },
          // One Chromium at a time: the machines that run this have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
