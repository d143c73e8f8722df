import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesChangedSince } from './settled-files.ts';

describe('filesChangedSince', () => {
  it('lists the files changed since a moment, in sub-folders too, and not older ones or folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'settled-'));
    mkdirSync(join(dir, 'tiers/en'), { recursive: true });
    writeFileSync(join(dir, 'tiers/en/silver.md'), 'new');
    writeFileSync(join(dir, 'old.md'), 'old');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(join(dir, 'old.md'), hourAgo, hourAgo);
    expect(filesChangedSince(dir, Date.now() - 5000)).toEqual([join(dir, 'tiers/en/silver.md')]);
    expect(filesChangedSince(dir, Date.now() + 60_000)).toEqual([]);
  });

  it('finds nothing in a folder that does not exist', () => {
    expect(filesChangedSince(join(tmpdir(), 'no-such-folder-here'), 0)).toEqual([]);
  });
});
