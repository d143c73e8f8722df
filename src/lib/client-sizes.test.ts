import { describe, expect, it } from 'vitest';
import { CLIENT_SIZE_ID, describeUnknownClientSizes, findUnknownClientSizes } from './client-sizes';

const known = new Set(['1-10', '11-50', '1001+']);

describe('client sizes', () => {
  it.each(['1-10', '11-50', '1001+'])('takes %s as an id', (id) => expect(CLIENT_SIZE_ID.test(id)).toBe(true));
  it.each(['', '11–50', '11-50 users', '<b>', '../1', '1-', '+1', '__proto__'])('refuses %j as an id', (id) =>
    expect(CLIENT_SIZE_ID.test(id)).toBe(false),
  );

  it('names each file and field whose size the settings do not list', () => {
    const unknown = findUnknownClientSizes(
      [
        {
          id: 'kama',
          collection: 'partners',
          filePath: 'content/partners/kama.md',
          data: { clientSizes: ['11-50', '51-250'] },
        },
        {
          id: 'kama-1',
          collection: 'reviews',
          filePath: 'content/reviews/kama-1.yaml',
          data: { companySize: '251-1000' },
        },
        { id: 'ok', collection: 'reviews', data: { companySize: '1001+' } },
        { id: 'gold', collection: 'tiers', data: { clientSizes: ['9-9'] } },
      ],
      known,
    );
    expect(unknown).toEqual([
      { file: 'content/partners/kama.md', field: 'clientSizes.1', id: '51-250' },
      { file: 'content/reviews/kama-1.yaml', field: 'companySize', id: '251-1000' },
    ]);
    expect(describeUnknownClientSizes(unknown, [...known])).toBe(
      [
        '2 client sizes not in site settings (1-10, 11-50, 1001+):',
        '  content/partners/kama.md → clientSizes.1: no client size "51-250"',
        '  content/reviews/kama-1.yaml → companySize: no client size "251-1000"',
      ].join('\n'),
    );
  });
});
