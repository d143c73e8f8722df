/**
 * What the local CMS backend lets through. It writes files and runs Git in
 * the developer's working copy, so besides answering this machine only
 * (`loopback.ts`) it answers only the admin app served by the same dev
 * server, runs only Decap's own actions, and reads and writes only the
 * folders the CMS edits, never through a symbolic link.
 */
import { lstatSync } from 'node:fs';
import { join, posix } from 'node:path';

/** The folders the CMS edits: content files and uploads. Everything else in the repository is out of reach. */
export const EDITABLE_FOLDERS = ['content', 'public/uploads'] as const;

/**
 * The actions decap-server's Git middleware implements, and the one this project adds (`entryPathsByFolder`, in
 * `local-backend.ts`); anything else is refused before it is parsed further.
 */
const ACTIONS = new Set([
  'info',
  'entryPathsByFolder',
  'entriesByFolder',
  'entriesByFiles',
  'getEntry',
  'unpublishedEntries',
  'unpublishedEntry',
  'unpublishedEntryDataFile',
  'unpublishedEntryMediaFile',
  'deleteUnpublishedEntry',
  'persistEntry',
  'updateUnpublishedEntryStatus',
  'publishUnpublishedEntry',
  'getMedia',
  'getMediaFile',
  'persistMedia',
  'deleteFile',
  'deleteFiles',
  'getDeployPreview',
]);

/** Keys whose values name files or folders in the repository, at any depth of an action's parameters. */
const PATH_KEYS = new Set(['path', 'newPath', 'folder', 'mediaFolder']);
const PATH_LIST_KEYS = new Set(['paths']);
/** Keys that become parts of Git branch names (`cms/<collection>/<slug>`) or name the branch. */
const NAME_KEYS = new Set(['branch', 'collection', 'slug', 'collectionName']);
const SAFE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.\-/]{0,199}$/;

export interface Refusal {
  status: 403 | 422;
  error: string;
}

/**
 * The admin app sends its own origin with every call; a page from any other
 * origin (another local dev server on another port, a site opened in the
 * same browser) either sends its own or, for a plain form post, is refused too.
 */
export function refuseOrigin(origin: string | undefined, host: string | undefined): Refusal | undefined {
  if (origin && host && origin === `http://${host}`) return undefined;
  return { status: 403, error: 'The local CMS backend answers the content manager of this dev server only' };
}

/** Whether a repository-relative path lies in an editable folder, with no step through a link or a hidden entry. */
export function isEditablePath(repo: string, path: unknown): boolean {
  if (typeof path !== 'string' || path.length === 0 || path.length > 1024) return false;
  // eslint-disable-next-line no-control-regex -- control characters have no place in a path
  if (/[\u0000-\u001f\u007f\\]/.test(path) || path.startsWith('/')) return false;
  const normal = posix.normalize(path);
  const segments = normal.split('/').filter((segment) => segment !== '');
  // ".git", ".env", "..": nothing hidden and nothing above.
  if (segments.some((segment) => segment.startsWith('.'))) return false;
  const inside = EDITABLE_FOLDERS.some((folder) => normal === folder || normal.startsWith(`${folder}/`));
  if (!inside) return false;
  let current = repo;
  for (const segment of segments) {
    current = join(current, segment);
    try {
      if (lstatSync(current).isSymbolicLink()) return false;
    } catch {
      return true; // The rest does not exist yet: a new file, which decap-server creates as a plain file.
    }
  }
  return true;
}

/** Checks one backend call: a known action, names that are safe in Git, and paths inside the editable folders. */
export function refuseAction(repo: string, body: unknown): Refusal | undefined {
  if (typeof body !== 'object' || body === null) return { status: 422, error: 'Expected a JSON action' };
  const { action, params } = body as { action?: unknown; params?: unknown };
  if (typeof action !== 'string' || !ACTIONS.has(action)) return { status: 422, error: 'Unknown action' };
  const problems: string[] = [];
  const visit = (value: unknown, key: string) => {
    if (PATH_KEYS.has(key) && !isEditablePath(repo, value))
      problems.push(`${key} outside ${EDITABLE_FOLDERS.join(', ')}`);
    else if (PATH_LIST_KEYS.has(key)) {
      const paths = Array.isArray(value) ? value : [value];
      if (!paths.every((path) => isEditablePath(repo, path))) problems.push(`${key} outside the editable folders`);
    } else if (NAME_KEYS.has(key) && (typeof value !== 'string' || !SAFE_NAME.test(value) || value.includes('..'))) {
      problems.push(`${key} is not a plain name`);
    } else if (Array.isArray(value)) value.forEach((item) => visit(item, ''));
    else if (typeof value === 'object' && value !== null) {
      for (const [child, inner] of Object.entries(value)) visit(inner, child);
    }
  };
  visit(params, '');
  return problems.length ? { status: 422, error: `Refused: ${problems.join('; ')}` } : undefined;
}
