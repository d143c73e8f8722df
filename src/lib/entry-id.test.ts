import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { entryId, looseId } from './entry-id';

const folder = mkdtempSync(join(tmpdir(), 'entry-id-'));
writeFileSync(join(folder, 'baikal-digital.md'), '');
const base = pathToFileURL(`${folder}/`);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('entry ids', () => {
  it.each(['baikal-digital.md', 'a.yaml', 'tier-2-partners.md', 'x1.md'])('%s is its own id', (file) => {
    expect(entryId(file, base)).toBe(file.replace(/\.[^.]+$/, ''));
  });

  it.each(['Baikal-Digital.md', 'baikal-digital~.md', 'baikal_digital.md', 'baikal--digital.md', '-baikal-digital.md'])(
    '%s is refused, naming the file it would replace',
    (file) => {
      expect(() => entryId(file, base)).toThrow(file);
      expect(() => entryId(file, base)).toThrow(`it would read as the id of ${join(folder, 'baikal-digital.md')}`);
    },
  );

  it.each(['Новый партнёр.md', 'new partner.md', 'x.y.md', 'ÄRGER.md'])('%s is refused with a suggestion', (file) => {
    expect(() => entryId(file, base)).toThrow(/lowercase letters, digits and hyphens, such as [a-z0-9-]+\.md/);
  });

  it('reads loose names the way a careless copy would', () => {
    expect(looseId('Baikal_Digital~')).toBe('baikal-digital');
  });
});
