import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHeaders } from '../scripts/serve-dist.ts';
import { adminDevPolicy, devHeaders, UPLOADS_POLICY } from './dev-headers';

describe('dev server headers', () => {
  it('serve uploads under the same policy as the static host', () => {
    const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
    expect(rules.get('/uploads/*')?.get('content-security-policy')).toBe(UPLOADS_POLICY);
    expect(devHeaders('/uploads/logo.svg', '127.0.0.1:4321')['Content-Security-Policy']).toBe(UPLOADS_POLICY);
  });

  it('sandbox uploads and allow no script in them', () => {
    expect(UPLOADS_POLICY).toMatch(/(^|; )sandbox($|;)/);
    expect(UPLOADS_POLICY).toContain("default-src 'none'");
    expect(UPLOADS_POLICY).not.toMatch(/script-src/);
  });

  it('keep the content manager from loading, framing or posting elsewhere', () => {
    const policy = adminDevPolicy('127.0.0.1:4321');
    expect(devHeaders('/admin/', '127.0.0.1:4321')['Content-Security-Policy']).toBe(policy);
    expect(policy).toContain("img-src 'self' data: blob:;");
    expect(policy).not.toMatch(/https:|\*/);
    expect(policy).toContain("form-action 'none'");
    expect(policy).toContain("connect-src 'self' blob: ws://127.0.0.1:4321;");
  });

  it('leave other paths to the site', () => {
    expect(devHeaders('/partners/', 'localhost:4321')).toEqual({});
    expect(devHeaders('/administration/', 'localhost:4321')).toEqual({});
    expect(devHeaders('/uploadsx/a.svg', 'localhost:4321')).toEqual({});
  });
});
