/**
 * The admin app: Decap CMS with the site's preview templates. On a loopback
 * address (`npm start`) it edits the local repository through the backend the
 * dev server mounts at /api/v1; anywhere else it uses the configured Git host.
 */
import './manual-init';
import CMS from 'decap-cms-app';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import { Backend } from 'decap-cms-core/dist/esm/backend';
import { CURSOR_COMPATIBILITY_SYMBOL } from 'decap-cms-lib-util';
import { registerCounters } from './counter';
import { emptyValuePaths } from './empty-values';
import { reuseEntryLists } from './entry-lists';
import { keepFormWithAddress } from './entry-address';
import { frontMatter } from './front-matter';
import { pageFolderListings, READ_AHEAD } from './paged-listing';
import { registerPreviews } from './previews';
import { installSaveNotice } from './save-notice';
import './admin.css';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const localBackend = LOOPBACK_HOSTS.has(location.hostname)
  ? { local_backend: { url: new URL('/api/v1', location.origin).href } }
  : {};

// The packages decap-cms-app itself imports, at the versions it pins: the same classes it runs.
pageFolderListings(ProxyBackend.prototype, CURSOR_COMPATIBILITY_SYMBOL);
reuseEntryLists(Backend.prototype, (collection) => collection.get('name'), { readAhead: READ_AHEAD });
registerPreviews(CMS);
registerCounters(CMS);
// Decap's own `frontmatter` format, read faster: a listing of 10,000 partners is ready a second sooner.
CMS.registerCustomFormat('frontmatter', 'md', frontMatter);
// Words of Decap's interface that do not fit this site: the Workflow page's button makes entries, not posts.
const english = CMS.getLocale('en') as { workflow?: { workflow?: Record<string, string> } } | undefined;
if (english?.workflow?.workflow) {
  CMS.registerLocale('en', {
    ...english,
    workflow: { ...english.workflow, workflow: { ...english.workflow.workflow, newPost: 'New entry' } },
  });
}
CMS.registerEventListener({
  name: 'preSave',
  // A cleared optional field is saved as absent, not as an empty string the build would refuse.
  handler: ({ entry }) => {
    const data = entry.get('data');
    return emptyValuePaths(data.toJS()).reduce((result, path) => result.deleteIn(path), data);
  },
});
CMS.init({ config: localBackend as never });
installSaveNotice();
keepFormWithAddress();
// Decap rejects its save promise with no reason when a field is wrong, which the browser reports as an
// uncaught "undefined"; the notice above says what is wrong, so that rejection is expected and silenced.
window.addEventListener('unhandledrejection', (event) => {
  if (event.reason === undefined) event.preventDefault();
});
