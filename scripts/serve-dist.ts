/**
 * Serves a built site the way the static host does: gzip, and the headers
 * from dist/_headers (Netlify/Cloudflare Pages format) on matching paths.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import compression from 'compression';
import express from 'express';

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

export async function serveDist(dist: string): Promise<{ url: string; close: () => Promise<void> }> {
  const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
  const app = express();
  app.disable('x-powered-by');
  app.use(compression());
  app.use((request, response, next) => {
    for (const [pattern, headers] of rules) {
      if (matchesPattern(pattern, request.path)) for (const [name, value] of headers) response.setHeader(name, value);
    }
    next();
  });
  app.use(express.static(dist));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
