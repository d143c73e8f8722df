/** Builds the site with other settings: a folder of partner files in place of content/partners (through PARTNERS_DIR), or other build variables. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { developerEnv } from './project-copy';

export interface PartnerBuild {
  status: number | null;
  output: string;
  dist: string;
}

/** Builds the site into `dist` with `env` added to the build's environment. */
export function buildWithEnv(dist: string, env: Record<string, string>): PartnerBuild {
  const result = spawnSync('npx', ['astro', 'build'], {
    env: { ...developerEnv(), ...env, OUT_DIR: dist },
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist };
}

/** Writes each file (by slug) into a new folder under `work` and builds the site from it into that folder's dist/. */
export function buildWithPartners(work: string, files: Record<string, string>): PartnerBuild {
  const dir = mkdtempSync(join(work, 'partners-'));
  for (const [slug, markdown] of Object.entries(files)) writeFileSync(join(dir, `${slug}.md`), markdown);
  return buildWithEnv(join(dir, 'dist'), { PARTNERS_DIR: dir });
}
