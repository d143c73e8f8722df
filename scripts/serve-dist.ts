/**
 * Serves a built site the way the static host does: gzip, and the headers
 * from dist/_headers (Netlify/Cloudflare Pages format) on matching paths.
 * A host compresses each file once, not on every request; so does this
 * server, so that a benchmark in the same machine does not time the server
 * compressing the directory's data while the browser loads the page.
 */
import { readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import express, { type RequestHandler } from 'express';

export type HeaderRules = Map<string, Map<string, string>>;

/** Parses _headers: a path pattern on its own line, then indented "Name: value" lines. */
export function parseHeaders(text: string): HeaderRules {
  const rules: HeaderRules = new Map();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else {
      const at = line.indexOf(':');
      current?.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
    }
  }
  return rules;
}

/** Whether a _headers pattern such as /admin/* or /* matches a path. */
export function matchesPattern(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(path);
}

/** What a static host compresses: text. */
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

/**
 * Answers a request for a text file under `dist` with its gzip, made on the first request and kept. Anything else
 * (other files, missing ones, a client that does not take gzip) goes on to the next handler.
 */
export function precompressed(dist: string): RequestHandler {
  const made = new Map<string, { gzip: Buffer; mtimeMs: number }>();
  return (request, response, next) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !request.acceptsEncodings('gzip')) return next();
    let path: string;
    try {
      path = join(dist, decodeURIComponent(request.path), request.path.endsWith('/') ? 'index.html' : '');
    } catch {
      return next();
    }
    // Nothing outside the site, whatever the address spells.
    if (relative(dist, path).startsWith('..') || !COMPRESSED.has(extname(path))) return next();
    let mtimeMs: number;
    try {
      const stats = statSync(path);
      if (!stats.isFile()) return next();
      mtimeMs = stats.mtimeMs;
    } catch {
      return next();
    }
    let file = made.get(path);
    if (file?.mtimeMs !== mtimeMs) made.set(path, (file = { gzip: gzipSync(readFileSync(path)), mtimeMs }));
    response.type(extname(path));
    response.setHeader('Content-Encoding', 'gzip');
    response.setHeader('Vary', 'Accept-Encoding');
    response.setHeader('Content-Length', file.gzip.length);
    response.end(request.method === 'HEAD' ? undefined : file.gzip);
  };
}

/** Serves `dist` on a port of its own; `onRequest` hears the path of every request (a benchmark counts pieces so). */
export async function serveDist(
  dist: string,
  { onRequest }: { onRequest?: (path: string) => void } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
  const app = express();
  app.disable('x-powered-by');
  app.use((request, response, next) => {
    onRequest?.(request.path);
    for (const [pattern, headers] of rules) {
      if (matchesPattern(pattern, request.path)) for (const [name, value] of headers) response.setHeader(name, value);
    }
    next();
  });
  app.use(precompressed(dist));
  app.use(express.static(dist));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
