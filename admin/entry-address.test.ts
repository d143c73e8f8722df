import { describe, expect, it } from 'vitest';
import { needsFreshEditor } from './entry-address';

describe('needsFreshEditor', () => {
  it.each([
    ['#/collections/tiers/entries/gold', '#/collections/tiers/entries/silver', true],
    ['#/collections/tiers/entries/gold', '#/collections/partners/entries/gold', true],
    ['#/collections/tiers/entries/gold', '#/collections/tiers/entries/gold', false],
    ['#/collections/partners/new', '#/collections/partners/entries/tundra-byte', false],
    ['#/collections/partners', '#/collections/partners/entries/tundra-byte', false],
    ['#/collections/partners/entries/tundra-byte', '#/collections/partners', false],
    ['#/workflow', '#/collections/tiers/entries/gold', false],
  ])('%s → %s: %s', (from, to, reload) => {
    expect(needsFreshEditor(from, to)).toBe(reload);
  });
});
