import { describe, expect, it } from 'vitest';
import { readData, sampleFiles, schemaOf } from '../../tests/sample-content';

const schema = schemaOf('reviews');
const sample = readData(sampleFiles('reviews')[0]?.path ?? '') as Record<string, unknown>;
const issues = (change: Record<string, unknown>) =>
  schema.safeParse({ ...sample, ...change }).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('review schema', () => {
  it('accepts every sample review', () => {
    for (const file of sampleFiles('reviews')) {
      const result = schema.safeParse(readData(file.path));
      expect(result.error?.issues ?? [], file.path).toEqual([]);
    }
  });

  it.each([
    ['markup in the title', { title: '<script>alert(1)</script>' }, 'title'],
    ['an image tag in the text', { text: 'Great <img src=x onerror=alert(1)>' }, 'text'],
    ['a direction override in the response', { response: 'Thanks\u202e evil' }, 'response'],
    ['a name mixing Latin and Cyrillic in a word', { reviewerName: 'Irinа Volkova' }, 'reviewerName'],
    ['a company made of invisible characters', { company: '\u200b\u200b' }, 'company'],
    ['six stars', { rating: 6 }, 'rating'],
    ['half a star', { rating: 4.5 }, 'rating'],
    ['zero stars', { rating: 0 }, 'rating'],
    ['a size not on the list', { companySize: 'huge' }, 'companySize'],
    ['no service', { services: [] }, 'services'],
    ['a project ending in the future', { projectEnded: '2999-01-01' }, 'projectEnded'],
    ['a day that does not exist', { published: '2026-02-30' }, 'published'],
    ['publication before the project ended', { projectEnded: '2026-05-01', published: '2026-04-01' }, 'published'],
    ['verified written as text', { verified: 'yes' }, 'verified'],
    ['a language the site does not have', { writtenIn: 'de' }, 'writtenIn'],
  ])('refuses %s, naming the field', (_, change, field) => {
    expect(issues(change)).toContain(field);
  });
});
