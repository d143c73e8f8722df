/** The synthetic partner generator behind the 10,000-partner benchmark, and search relevance on its output. */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generatePartners, random, readTaxonomies, toMarkdown } from '../scripts/generate-partners.ts';
import {
  buildDirectoryIndex,
  directorySearch,
  queryDirectory,
  rankedPartners,
  type DirectoryData,
  type FacetKey,
} from '../src/lib/directory';
import { schemaOf } from './sample-content';

const taxonomies = readTaxonomies();
const today = new Date('2026-11-27T00:00:00Z');

describe('generate-partners', () => {
  it('gives the same partners for the same seed and others for another seed', () => {
    const a = generatePartners(50, 7, taxonomies, today).map(toMarkdown);
    expect(generatePartners(50, 7, taxonomies, today).map(toMarkdown)).toEqual(a);
    expect(generatePartners(50, 8, taxonomies, today).map(toMarkdown)).not.toEqual(a);
  });

  it('writes files that pass the partner schema, with distinct slugs', () => {
    const partners = generatePartners(300, 3, taxonomies, today);
    expect(new Set(partners.map((p) => p.slug)).size).toBe(300);
    for (const partner of partners) {
      const markdown = toMarkdown(partner);
      const frontMatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(markdown)?.[1] ?? '');
      const result = schemaOf('partners').safeParse(frontMatter);
      expect(result.error?.issues ?? [], partner.slug).toEqual([]);
    }
  });
});

/** One realistic typo in the longest word of a name: a dropped, doubled, swapped or replaced letter. */
function withTypo(name: string, next: () => number): string {
  const words = name.split(' ');
  const longest = words.reduce((best, word, i) => (word.length > (words[best]?.length ?? 0) ? i : best), 0);
  const word = words[longest] ?? '';
  const at = 1 + Math.floor(next() * (word.length - 2));
  const kind = Math.floor(next() * 4);
  const letters = [...word];
  if (kind === 0) letters.splice(at, 1);
  else if (kind === 1) letters.splice(at, 0, letters[at] ?? '');
  else if (kind === 2) [letters[at], letters[at + 1]] = [letters[at + 1] ?? '', letters[at] ?? ''];
  else letters[at] = letters[at] === 'e' ? 'a' : 'e';
  words[longest] = letters.join('');
  return words.join(' ');
}

describe('search relevance on 10,000 generated partners', () => {
  const generated = generatePartners(10_000, 1, taxonomies, today);
  // Which taxonomy and which front-matter field hold each facet's values.
  const sources = {
    service: ['services', 'services'],
    region: ['regions', 'regions'],
    industry: ['industries', 'industries'],
    language: ['languages', 'languages'],
    type: ['types', 'types'],
    tier: ['tiers', 'tier'],
  } as const satisfies Record<FacetKey, [keyof typeof taxonomies, string]>;
  const data: DirectoryData = {
    facets: directorySearch.mapFacets((key) =>
      taxonomies[sources[key][0]].map((id) => ({ id, label: id.replace(/-/g, ' ') })),
    ),
    partners: generated.map(({ slug, data: p }) => ({
      slug,
      name: String(p.name),
      city: String(p.city ?? ''),
      summary: String(p.summary),
      verifiedDay: Math.floor(Date.parse(String(p.verified)) / 86_400_000),
      completeness: 0.5,
      values: directorySearch.mapFacets((key) => {
        const ids = ([] as string[]).concat((p[sources[key][1]] as string | string[] | undefined) ?? []);
        return ids.map((id) => taxonomies[sources[key][0]].indexOf(id)).filter((value) => value >= 0);
      }),
    })),
  };
  const index = buildDirectoryIndex(data);

  it('puts the intended partner in the top 5 for at least 95% of 200 misspelled names', () => {
    const next = random(42);
    const sample = Array.from(
      { length: 200 },
      (_, i) => generated[(i * 9973 + Math.floor(next() * 50)) % generated.length],
    ).filter((p) => p !== undefined);
    expect(sample).toHaveLength(200);
    const misses = sample.filter((partner) => {
      const query = withTypo(String(partner.data.name), next);
      const top = rankedPartners(
        index,
        queryDirectory(index, { ...directorySearch.emptyState(), q: query }, today.getTime()),
        0,
        5,
      );
      const miss = !top.some((result) => result.partner.slug === partner.slug);
      if (miss && process.env.SHOW_MISSES)
        console.log(query, '→', top.map((r) => `${r.partner.name} ${r.score.toFixed(3)}`).join(' | '));
      return miss;
    });

    expect(misses.length / sample.length).toBeLessThanOrEqual(0.05);
  });
});
