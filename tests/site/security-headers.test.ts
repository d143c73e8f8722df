/**
 * The Content-Security-Policy every built page carries, and the HTTP headers
 * in _headers: no inline script runs unless its hash is in the policy, no
 * public page allows 'unsafe-inline' or 'unsafe-eval' scripts, and only
 * /admin/ is loosened for Decap CMS.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { dist, htmlFiles } from './dist';
import { matchesPattern, parseHeaders } from '../../scripts/serve-dist.ts';

/** The policy of a page, directive by directive. */
function policyOf(file: string): Map<string, string[]> {
  const root = parseHtml(readFileSync(file, 'utf8'));
  const content = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const pages = htmlFiles(dist).map((file) => ({ file, path: `/${relative(dist, file)}` }));
const publicPages = pages.filter((page) => !page.path.startsWith('/admin/'));

describe('Content-Security-Policy on every page', () => {
  it('is present on every built page', () => {
    expect(publicPages.length).toBeGreaterThan(100);
    for (const { file, path } of pages) expect(policyOf(file).get('script-src'), path).toBeDefined();
  });

  it.each(publicPages.filter((_, index) => index % 7 === 0).map((page) => [page.path, page.file]))(
    '%s: every inline script is hashed, and nothing else inline may run',
    (_, file) => {
      const policy = policyOf(file);
      const scriptSources = policy.get('script-src') ?? [];
      expect(scriptSources).not.toContain("'unsafe-inline'");
      expect(scriptSources).not.toContain("'unsafe-eval'");
      expect(policy.get('style-src') ?? []).not.toContain("'unsafe-inline'");
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      const inline = parseHtml(readFileSync(file, 'utf8'))
        .querySelectorAll('script:not([src])')
        .filter((script) => script.getAttribute('type') !== 'application/ld+json');
      for (const script of inline) expect(scriptSources).toContain(sha256(script.textContent));
    },
  );

  it.each([
    'apply',
    'ru/apply',
    'partners/baikal-digital',
    'ru/partners/taiga-networks-siberia',
    'partners',
    'ru/partners',
  ])('lets the forms of /%s/ reach their endpoints', (page) => {
    const policy = policyOf(join(dist, page, 'index.html'));
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://forms.polynya.example']);
    expect(policy.get('form-action')).toEqual(["'self'", 'https://forms.polynya.example']);
  });

  it.each(['', 'tiers', 'ru/faq', 'partners/page/2', 'partners/rating/4', 'resources'])(
    'lets no other page reach them: /%s/',
    (page) => {
      const policy = policyOf(join(dist, page, 'index.html'));
      expect(policy.get('connect-src')).toBeUndefined();
      expect(policy.get('form-action')).toEqual(["'self'"]);
    },
  );

  it('loosens /admin/ only as far as Decap CMS needs', () => {
    const policy = policyOf(join(dist, 'admin/index.html'));
    expect(policy.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'unsafe-eval'"]));
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'blob:', 'https://api.github.com', 'https://api.netlify.com']);
  });
});

describe('_headers', () => {
  const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));

  it('sends the security headers with every response', () => {
    const all = rules.get('/*');
    expect(all?.get('x-content-type-options')).toBe('nosniff');
    expect(all?.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(all?.get('permissions-policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(all?.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(all?.get('strict-transport-security')).toMatch(/max-age=\d{8}/);
  });

  it('matches paths the way the static host does', () => {
    expect(matchesPattern('/*', '/partners/')).toBe(true);
    expect(matchesPattern('/admin/*', '/admin/')).toBe(true);
    expect(matchesPattern('/admin/*', '/administration/')).toBe(false);
    expect(matchesPattern('/_astro/*', '/_astro/client.js')).toBe(true);
  });

  it('caches hashed assets for a year', () => {
    expect(rules.get('/_astro/*')?.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('gives /admin/ its own policy, the same as its page declares', () => {
    const admin = rules.get('/admin/*')?.get('content-security-policy') ?? '';
    expect(admin).toContain("script-src 'self' 'unsafe-eval'");
    expect(admin).toContain("style-src 'self' 'unsafe-inline'");
    expect(admin).toContain("frame-ancestors 'none'");
    const page = policyOf(join(dist, 'admin/index.html'));
    for (const source of page.get('connect-src') ?? []) expect(admin).toContain(source);
  });
});
