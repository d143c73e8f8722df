/**
 * The local CMS backend: Decap's Git proxy (decap-server) for one repository,
 * guarded so only this machine can reach it. Entries saved in the CMS become
 * commits; drafts are `cms/<collection>/<slug>` branches, and publishing
 * merges them into the working branch.
 */
import express, { type Express } from 'express';
import decapServer from 'decap-server/dist/middlewares.js';
import { refuseAction, refuseOrigin } from './backend-guard.ts';
import { isLoopbackRequest } from './loopback.ts';

export const LOCAL_BACKEND_PATH = '/api/v1';

/**
 * With two languages side by side, a draft that changed one language's file
 * asks for the other's with an empty `id`, which decap-server's request rules
 * refuse (422). That action reads the file by its path in the draft's branch
 * and never uses the id, so an empty one is given a placeholder.
 */
export function withDraftFileId(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body;
  const { action, params } = body as { action?: unknown; params?: Record<string, unknown> };
  if (action !== 'unpublishedEntryDataFile' || !params || params.id !== '') return body;
  return { ...body, params: { ...params, id: 'unchanged-in-draft' } };
}

export async function createLocalBackend(repoPath: string): Promise<Express> {
  const app = express();
  app.disable('x-powered-by');
  app.use((request, response, next) => {
    if (isLoopbackRequest(request.socket.remoteAddress, request.headers.host)) return next();
    response.status(403).json({ error: 'The local CMS backend answers requests from this machine only' });
  });
  app.use(LOCAL_BACKEND_PATH, (request, response, next) => {
    const refusal = refuseOrigin(request.headers.origin, request.headers.host);
    if (!refusal) return next();
    response.status(refusal.status).json({ error: refusal.error });
  });
  // Parsed here with decap-server's own limit (it then skips parsing), so every action is checked before it runs.
  app.use(LOCAL_BACKEND_PATH, express.json({ limit: '50mb' }));
  app.use(LOCAL_BACKEND_PATH, (request, response, next) => {
    const refusal = refuseAction(repoPath, request.body);
    request.body = withDraftFileId(request.body);
    if (!refusal) return next();
    response.status(refusal.status).json({ error: refusal.error });
  });
  // decap-server reads the repository from this variable when the middleware is registered.
  const previous = process.env.GIT_REPO_DIRECTORY;
  process.env.GIT_REPO_DIRECTORY = repoPath;
  try {
    await decapServer.registerLocalGit(app, { logLevel: process.env.CMS_LOG_LEVEL ?? 'warn' });
  } finally {
    if (previous === undefined) delete process.env.GIT_REPO_DIRECTORY;
    else process.env.GIT_REPO_DIRECTORY = previous;
  }
  return app;
}
