import { describe, expect, it } from 'vitest';
import {
  BODY_LIMITS,
  DEFAULT_BODY_LIMIT,
  describeOversizedBodies,
  findOversizedBodies,
  type BodyEntry,
} from './body-length';

const entry = (collection: BodyEntry['collection'], length: number): BodyEntry => ({
  id: 'x',
  collection,
  filePath: `content/${collection}/x.md`,
  body: 'a'.repeat(length),
});

describe('body length limits', () => {
  it('lets bodies up to the limit through', () => {
    const partnerMax = BODY_LIMITS.partners ?? 0;
    expect(
      findOversizedBodies([
        entry('partners', partnerMax),
        entry('pages', DEFAULT_BODY_LIMIT),
        { id: 'y', collection: 'plans' },
      ]),
    ).toEqual([]);
  });

  it('names the file, the field and both lengths when a body is too long', () => {
    const oversized = findOversizedBodies([entry('partners', 5 * 1024 * 1024), entry('pages', DEFAULT_BODY_LIMIT + 1)]);
    expect(oversized.map((body) => body.file)).toEqual(['content/partners/x.md', 'content/pages/x.md']);
    expect(describeOversizedBodies(oversized)).toContain(
      'content/partners/x.md → body: at most 20,000 characters, found 5,242,880',
    );
  });
});
