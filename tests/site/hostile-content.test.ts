/**
 * The hostile corpus (tests/hostile/corpus.ts) through real builds: every
 * case the build must refuse stops it with the file and the field named;
 * every other case builds into a page where the attempt is inert text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithPartners, type PartnerBuild } from '../build-partners';
import { ATTACKER_HOST, failingCases, inertCases, wideCases } from '../hostile/corpus';

const work = mkdtempSync(join(tmpdir(), 'hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('hostile files the build refuses', () => {
  it.each(failingCases.map((hostile) => [hostile.what, hostile] as const))('%s', (_, hostile) => {
    const { status, output } = buildWithPartners(work, { [hostile.slug]: hostile.markdown, ...hostile.files });
    expect(status).not.toBe(0);
    const report = output.slice(Math.max(0, output.indexOf(hostile.slug) - 200));
    expect(report).toContain(hostile.slug);
    expect(report).toContain(hostile.field);
    expect(report).toContain(hostile.message);
  });
});

describe('hostile files that build render inert', () => {
  let build: PartnerBuild;
  const page = (slug: string) => {
    const html = readFileSync(join(build.dist, 'partners', slug, 'index.html'), 'utf8');
    return parseHtml(html.slice(html.indexOf('<main'), html.indexOf('</main>') + 7));
  };
  /** What the profile shows from its content: the main part without the site's own folded forms and tray. */
  const main = (slug: string) => {
    const body = page(slug);
    for (const form of body.querySelectorAll('details.folded-form')) form.remove();
    for (const tray of body.querySelectorAll('compare-tray, script[src^="/_astro/CompareTray."]')) tray.remove();
    return body;
  };

  beforeAll(() => {
    build = buildWithPartners(
      work,
      Object.fromEntries([...inertCases, ...wideCases].map((hostile) => [hostile.slug, hostile.markdown])),
    );
  }, 180_000);

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it.each(inertCases.map((hostile) => [hostile.what, hostile.slug] as const))('%s', (_, slug) => {
    const body = main(slug);
    const live = body.querySelectorAll('script, iframe, object, embed, svg, style, link, form, base, meta, input');
    expect(live.map((element) => element.toString())).toEqual([]);
    for (const element of body.querySelectorAll('*')) {
      for (const [name, value] of Object.entries(element.attributes)) {
        expect(name, element.toString()).not.toMatch(/^on/i);
        if (['href', 'src', 'action', 'style'].includes(name)) {
          expect(value, element.toString()).not.toMatch(/javascript:|vbscript:|data:|expression\(/i);
        }
        if (['src', 'action'].includes(name)) expect(value).not.toContain(ATTACKER_HOST);
      }
    }
  });

  it('leaves the folded forms the site’s own: its islands, its loader, its endpoints, no handlers', () => {
    for (const slug of inertCases.map((hostile) => hostile.slug)) {
      const forms = page(slug).querySelectorAll('details.folded-form');
      expect(forms.length, slug).toBe(2);
      for (const form of forms) {
        const islands = form.querySelectorAll('astro-island');
        expect(islands.map((island) => island.getAttribute('component-url')?.replace(/\.[\w-]+\.js$/, ''))).toEqual([
          expect.stringMatching(/^\/_astro\/(LeadForm|ReviewForm)$/),
        ]);
        for (const script of form.querySelectorAll('script')) expect(script.text).toMatch(/^\(\(\)=>\{/);
        for (const action of form.querySelectorAll('form').map((element) => element.getAttribute('action'))) {
          expect(action).toMatch(/^https:\/\/forms\.polynya\.example\//);
        }
        for (const element of form.querySelectorAll('*')) {
          for (const name of Object.keys(element.attributes)) expect(name, element.toString()).not.toMatch(/^on/i);
        }
      }
    }
  });

  it('shows images from elsewhere as their alternative text', () => {
    const body = main('hostile-control-image');
    expect(body.querySelectorAll('img').length).toBe(0);
    expect(body.text).toContain('pixel');
  });

  it.each(wideCases.map((hostile) => [hostile.what, hostile.slug] as const))('%s builds', (_, slug) => {
    expect(main(slug).querySelector('h1')?.text).toContain('Hostile');
  });

  it('keeps the attempts visible as text, so a reader sees what was submitted', () => {
    expect(main('hostile-script-tags').text).toContain('<script>');
    expect(main('hostile-bidi-body').text).toContain('\u202E');
  });

  it('serialises the JSON-LD so no string can close its <script>', () => {
    for (const { slug } of inertCases) {
      const html = readFileSync(join(build.dist, 'partners', slug, 'index.html'), 'utf8');
      const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
      expect(scripts).toHaveLength(1);
      expect(() => JSON.parse(scripts[0]?.[1] ?? '')).not.toThrow();
    }
  });
});
