/**
 * Serves a built site together with the local CMS backend for a repository,
 * on a loopback port: what `npm start` offers, without the dev server.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import { createLocalBackend } from '../../admin/local-backend.ts';

export interface CmsServer {
  url: string;
  close: () => Promise<void>;
}

export async function startCmsServer(distDir: string, repoDir: string): Promise<CmsServer> {
  const app = express();
  app.use(await createLocalBackend(repoDir));
  app.use(express.static(distDir));
  // Like the dev server, the repository's own public/ files as they are now, uploads included.
  app.use(express.static(join(repoDir, 'public')));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
