import { describe, expect, it } from 'vitest';
import { withDraftFileId } from './local-backend';

describe('withDraftFileId', () => {
  const ask = (id: unknown, action = 'unpublishedEntryDataFile') => ({
    action,
    params: { branch: 'main', collection: 'tiers', slug: 'gold', path: 'content/tiers/ru/gold.md', id },
  });

  it('gives the unchanged language file of a draft an id decap-server accepts, keeping its path', () => {
    expect(withDraftFileId(ask(''))).toEqual({
      ...ask('unchanged-in-draft'),
      params: { ...ask('').params, id: 'unchanged-in-draft' },
    });
  });

  it.each([
    ['a real id', ask('3b18e512dba79e4c8300dd08aeb37f8e728b8dad')],
    ['another action', ask('', 'getEntry')],
    ['no params', { action: 'unpublishedEntryDataFile' }],
    ['not an object', 'unpublishedEntryDataFile'],
    ['null', null],
  ])('leaves %s alone', (_, body) => {
    expect(withDraftFileId(body)).toBe(body);
  });
});
