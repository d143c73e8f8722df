/**
 * The admin app: Decap CMS with the site's preview templates. On a loopback
 * address (`npm start`) it edits the local repository through the backend the
 * dev server mounts at /api/v1; anywhere else it uses the configured Git host.
 */
import './manual-init';
import CMS from 'decap-cms-app';
import { emptyValuePaths } from './empty-values';
import { registerPreviews } from './previews';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const localBackend = LOOPBACK_HOSTS.has(location.hostname)
  ? { local_backend: { url: new URL('/api/v1', location.origin).href } }
  : {};

registerPreviews(CMS);
CMS.registerEventListener({
  name: 'preSave',
  // A cleared optional field is saved as absent, not as an empty string the build would refuse.
  handler: ({ entry }) => {
    const data = entry.get('data');
    return emptyValuePaths(data.toJS()).reduce((result, path) => result.deleteIn(path), data);
  },
});
CMS.init({ config: localBackend as never });
