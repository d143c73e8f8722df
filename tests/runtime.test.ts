/** The project runs on the Node from the `node` dev dependency, whatever the system Node is. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
const major = Number(process.versions.node.split('.')[0]);

describe('runtime', () => {
  it('runs the scripts on Node 24, the version in .nvmrc', () => {
    expect(major).toBe(24);
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe(String(major));
  });

  it('pins Node 24 through the node package, whose installer is allowed to run', () => {
    expect(pkg.devDependencies.node).toMatch(/^\^24\./);
    expect(pkg.allowScripts.node).toBe(true);
  });

  it('declares the Node range Astro and Vitest need', () => {
    expect(pkg.engines.node).toBe('>=22.12.0');
  });
});
