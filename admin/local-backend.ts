/**
 * The local CMS backend: Decap's Git proxy (decap-server) for one repository,
 * guarded so only this machine can reach it. Entries saved in the CMS become
 * commits; drafts are `cms/<collection>/<slug>` branches, and publishing
 * merges them into the working branch.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, realpath } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import express, { type Express, type Request, type Response } from 'express';
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

/**
 * The paths of a folder's entries (files ending in `.extension`, `depth` levels down), in name order: what the
 * admin app asks for to read a large collection a page at a time (`paged-listing.ts`) instead of every file.
 * Links are not followed; the folder itself has passed `refuseAction`.
 */
export async function entryPaths(
  repoPath: string,
  folder: string,
  extension: string,
  depth: number,
): Promise<string[]> {
  const found: string[] = [];
  const visit = async (relative: string, levels: number) => {
    if (levels <= 0) return;
    const children = await readdir(join(repoPath, relative), { withFileTypes: true }).catch(() => []);
    for (const child of children) {
      const path = posix.join(relative, child.name);
      if (child.name.startsWith('.') || child.isSymbolicLink()) continue;
      if (child.isDirectory()) await visit(path, levels - 1);
      else if (child.isFile() && child.name.endsWith(`.${extension}`)) found.push(path);
    }
  };
  await visit(posix.normalize(folder), Math.min(Math.max(Math.trunc(depth) || 1, 1), 10));
  return found.sort();
}

/** The branch the working copy is on, from `.git/HEAD`; none where that is not a file naming a branch. */
async function checkedOutBranch(repoPath: string): Promise<string | undefined> {
  try {
    return /^ref: refs\/heads\/(.+)\n?$/.exec(await readFile(join(repoPath, '.git', 'HEAD'), 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/**
 * The files' texts as decap-server's `entriesByFiles` gives them: each with the sha256 of its bytes as its id, or
 * with no data and no id where it cannot be read or resolves outside the repository. The paths have passed
 * `refuseAction`.
 */
export async function entriesByFiles(
  repoPath: string,
  files: readonly { path: string; label?: string }[],
): Promise<{ data: string | null; file: { path: string; label?: string | undefined; id: string | null } }[]> {
  const root = await realpath(resolve(repoPath));
  return Promise.all(
    files.map(async ({ path, label }) => {
      const file = { path: path.replace(/\\/g, '/'), label };
      try {
        const real = await realpath(resolve(root, path));
        const inside = relative(root, real);
        if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) throw new Error('outside');
        const content = await readFile(real);
        return { data: content.toString(), file: { ...file, id: createHash('sha256').update(content).digest('hex') } };
      } catch {
        return { data: null, file: { ...file, id: null } };
      }
    }),
  );
}

/**
 * Answers `entryPathsByFolder`, and `entriesByFiles` when the working copy is on the branch asked for; hands any
 * other action on. decap-server runs three Git commands around every read of files, to find the branch, check it
 * out and check the first one out again: ten reads of a thousand partners took 1.7 s, about 1 s of it in Git.
 */
async function answerHere(repoPath: string, request: Request, response: Response, next: () => void) {
  const { action, params } = request.body as { action?: string; params?: Record<string, unknown> };
  if (action === 'entriesByFiles') {
    const files = params?.files;
    const valid =
      Array.isArray(files) &&
      files.every(
        (file) => typeof file === 'object' && file !== null && typeof (file as { path?: unknown }).path === 'string',
      );
    if (!valid || typeof params?.branch !== 'string' || (await checkedOutBranch(repoPath)) !== params.branch)
      return next();
    response.json(await entriesByFiles(repoPath, files as { path: string; label?: string }[]));
    return undefined;
  }
  if (action !== 'entryPathsByFolder') return next();
  const { folder, extension, depth } = params ?? {};
  if (typeof folder !== 'string' || typeof extension !== 'string' || !/^[a-z0-9]{1,10}$/.test(extension)) {
    response.status(422).json({ error: 'entryPathsByFolder needs a folder and an extension' });
    return undefined;
  }
  response.json(await entryPaths(repoPath, folder, extension, Number(depth)));
  return undefined;
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
  // One call at a time, in the order they came. decap-server runs one at a time too, but gives up on a call that
  // waits more than 3 s, as everything behind the listing of 10,000 entries did; and the entry paths and files
  // (answered here) are read between its calls, when the working copy is on the published branch.
  // A call whose page went away while it waited is dropped when its turn comes.
  let turn = Promise.resolve();
  app.use(LOCAL_BACKEND_PATH, (request, response, next) => {
    let gone = false;
    const closed = new Promise<void>((done) =>
      response.once('close', () => {
        gone = true;
        done();
      }),
    );
    const mine = turn.then(() => {
      if (gone) return undefined;
      answerHere(repoPath, request, response, next).catch(next);
      return closed;
    });
    turn = mine.catch(() => undefined);
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
