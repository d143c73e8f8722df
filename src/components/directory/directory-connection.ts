import type { DirectoryReply, DirectoryRequest } from './directory.worker';

/**
 * The page's link to the directory's worker (`directory.worker.ts`), one per data address. The page's own script
 * opens it as soon as the document is read, so the worker loads and decodes the data while the island is still
 * hydrating; the island picks the same link up, and hears first what the worker has told so far.
 */
export interface DirectoryConnection {
  ask(request: Extract<DirectoryRequest, { type: 'query' }>): void;
  /** Calls `onReply` with the replies so far that say how far the worker has come, then with each new one. */
  listen(onReply: (reply: DirectoryReply) => void): () => void;
  /** Ends the worker; the next `connectDirectory` starts a new one. */
  close(): void;
}

const open = new Map<string, DirectoryConnection>();

export function connectDirectory(dataUrl: string): DirectoryConnection {
  const known = open.get(dataUrl);
  if (known) return known;
  // What the worker has said about itself (ready, progress, failed): told again to a listener that comes late.
  const told: DirectoryReply[] = [];
  let listener: ((reply: DirectoryReply) => void) | undefined;
  const tell = (reply: DirectoryReply) => {
    if (reply.type !== 'view') told.push(reply);
    listener?.(reply);
  };
  let worker: Worker | undefined;
  let closed = false;
  try {
    worker = new Worker(new URL('./directory.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<DirectoryReply>) => tell(data);
    worker.onerror = () => tell({ type: 'failed', message: 'The directory search stopped' });
    const started = worker;
    // Fetched here, where the page's preload of it is found, and handed over without a copy.
    fetch(dataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${dataUrl} answered ${response.status}`);
        return response.arrayBuffer();
      })
      .then(
        (json) =>
          !closed &&
          started.postMessage({ type: 'load', json, search: window.location.search } satisfies DirectoryRequest, [
            json,
          ]),
      )
      .catch((error: unknown) => !closed && tell({ type: 'failed', message: String(error) }));
  } catch {
    // A browser without module workers keeps the static list, with the notice that the search did not load.
    tell({ type: 'failed', message: 'This browser has no module workers' });
  }
  const connection: DirectoryConnection = {
    ask: (request) => worker?.postMessage(request satisfies DirectoryRequest),
    listen(onReply) {
      listener = onReply;
      for (const reply of told) onReply(reply);
      return () => {
        if (listener === onReply) listener = undefined;
      };
    },
    close() {
      closed = true;
      worker?.terminate();
      open.delete(dataUrl);
    },
  };
  open.set(dataUrl, connection);
  return connection;
}
