import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../scripts/serve-dist.ts';

/** A raw request, so the path reaches the server exactly as written (fetch would tidy `..` away). */
function get(url: string, path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const req = request(`${url}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const root = mkdtempSync(join(tmpdir(), 'serve-dist-'));
const dist = join(root, 'dist');
const gzip = { 'Accept-Encoding': 'gzip, deflate, br' };
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  mkdirSync(join(dist, 'partners'), { recursive: true });
  writeFileSync(join(dist, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
  writeFileSync(join(dist, 'partners', 'index.html'), '<!doctype html><title>Partners</title>');
  writeFileSync(join(dist, 'partners', 'directory.json'), JSON.stringify({ name: Array(500).fill('Kama Logic') }));
  writeFileSync(join(dist, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(root, 'secret.json'), '{"secret":true}');
  server = await serveDist(dist);
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('serveDist', () => {
  it('answers text files with gzip made once, with their type and the headers of _headers', async () => {
    const data = await get(server.url, '/partners/directory.json', gzip);
    expect(data.status).toBe(200);
    expect(data.headers['content-encoding']).toBe('gzip');
    expect(data.headers['content-type']).toMatch(/^application\/json/);
    expect(data.headers['x-content-type-options']).toBe('nosniff');
    expect(JSON.parse(gunzipSync(data.body).toString()).name).toHaveLength(500);
    expect(Number(data.headers['content-length'])).toBe(data.body.length);
    const page = await get(server.url, '/partners/', gzip);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(gunzipSync(page.body).toString()).toContain('<title>Partners</title>');
  });

  it('compresses a file again once it changes', async () => {
    writeFileSync(join(dist, 'partners', 'index.html'), '<!doctype html><title>Partners, rebuilt</title>');
    const page = await get(server.url, '/partners/', gzip);
    expect(gunzipSync(page.body).toString()).toContain('rebuilt');
  });

  it('answers HEAD with the headers alone', async () => {
    const head = await get(server.url, '/partners/directory.json', gzip, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(head.body).toHaveLength(0);
  });

  it('leaves other files, and clients without gzip, to the plain file server', async () => {
    const plain = await get(server.url, '/partners/directory.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString()).name).toHaveLength(500);
    const image = await get(server.url, '/logo.png', gzip);
    expect(image.headers['content-encoding']).toBeUndefined();
    expect([...image.body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect((await get(server.url, '/partners', gzip)).status).toBe(301);
    expect((await get(server.url, '/missing.json', gzip)).status).toBe(404);
  });

  it.each([
    '/../secret.json',
    '/partners/../../secret.json',
    '/%2e%2e/secret.json',
    '/partners/%2e%2e%2f%2e%2e%2fsecret.json',
    '/..%5csecret.json',
    '/%00.json',
    '/%E0%A4%A.json',
  ])('never serves a file outside the site for %s', async (path) => {
    const answer = await get(server.url, path, gzip);
    expect(answer.status).not.toBe(200);
    expect(answer.body.toString()).not.toContain('"secret":true');
  });
});
