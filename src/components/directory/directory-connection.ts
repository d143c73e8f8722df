import type { DirectoryReply, DirectoryRequest } from './directory.worker';

/**
 * The page's link to the directory's worker (`directory.worker.ts`), one per data address. The page's head starts
 * the worker (`startDirectory`, as an inline script), so it loads and decodes the data while the document is still
 * read and the island's code loads; the island picks the same worker up, and hears first what it has told so far.
 */
export interface DirectoryConnection {
  ask(request: Extract<DirectoryRequest, { type: 'query' }>): void;
  /** Tells the worker the page has painted the whole answer to `request`: it answers ahead from there. */
  drawn(request: Omit<Extract<DirectoryRequest, { type: 'drawn' }>, 'type'>): void;
  /** Asks the worker to answer, unasked, a question the visitor is about to ask (`foresee` in the worker). */
  foresee(request: Omit<Extract<DirectoryRequest, { type: 'foresee' }>, 'type'>): void;
  /** Tells the worker the page has painted its first results: it may take the machine for the work it put off. */
  painted(): void;
  /** Calls `onReply` with the replies so far that say how far the worker has come, then with each new one. */
  listen(onReply: (reply: DirectoryReply) => void): () => void;
  /** Ends the worker; the next `connectDirectory` starts a new one. */
  close(): void;
}

/** A worker started for one data address: what it has said about itself so far, and who listens. */
interface StartedDirectory {
  worker?: Worker | undefined;
  /**
   * Its replies but the views the island asked for (ready, progress, pieces, failed, and the answers it gave unasked):
   * told again to a listener that comes late.
   */
  told: DirectoryReply[];
  listener?: ((reply: DirectoryReply) => void) | undefined;
  closed: boolean;
}

type PageWithDirectory = typeof globalThis & { partnerDirectory?: Map<string, StartedDirectory> };

/**
 * Starts the worker at `workerUrl`, fetches the data at `dataUrl` and hands it over without a copy, with the page's
 * address. The page's head runs this function's own source (`startScript`): it must use nothing from outside itself.
 * The moment the worker is ready is marked on the page's timeline (`directory-ready`).
 */
export function startDirectory(workerUrl: string, dataUrl: string): void {
  const started: StartedDirectory = { told: [], closed: false };
  const tell = (reply: DirectoryReply) => {
    if (reply.type === 'ready') performance.mark('directory-ready');
    // Answers given unasked are kept only for an island that has not listened yet: the worker gives several a keystroke.
    if (reply.type !== 'view' || (reply.unasked && !started.listener)) started.told.push(reply);
    started.listener?.(reply);
  };
  ((globalThis as PageWithDirectory).partnerDirectory ??= new Map()).set(dataUrl, started);
  try {
    const worker = new Worker(workerUrl, { type: 'module' });
    started.worker = worker;
    worker.onmessage = ({ data }: MessageEvent<DirectoryReply>) => tell(data);
    worker.onerror = () => tell({ type: 'failed', message: 'The directory search stopped' });
    fetch(dataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${dataUrl} answered ${response.status}`);
        return response.arrayBuffer();
      })
      .then(
        (json) =>
          !started.closed &&
          worker.postMessage(
            {
              type: 'load',
              json,
              url: new URL(dataUrl, location.href).href,
              search: location.search,
            } satisfies DirectoryRequest,
            [json],
          ),
      )
      .catch((error: unknown) => !started.closed && tell({ type: 'failed', message: String(error) }));
  } catch {
    // A browser without module workers keeps the static list, with the notice that the search did not load.
    tell({ type: 'failed', message: 'This browser has no module workers' });
  }
}

/**
 * The inline script that runs `startDirectory` (its source, compiled) for one worker and data address. The addresses
 * are written as JSON with `<` escaped, so neither can end the script element.
 */
export function startScript(workerUrl: string, dataUrl: string): string {
  const literal = (text: string) => JSON.stringify(text).replaceAll('<', '\\u003c');
  return `(${startDirectory.toString()})(${literal(workerUrl)}, ${literal(dataUrl)});`;
}

/** The worker the page started for `dataUrl`, or a new one where it did not start one or it was closed. */
export function connectDirectory(workerUrl: string, dataUrl: string): DirectoryConnection {
  const page = globalThis as PageWithDirectory;
  if (!page.partnerDirectory?.has(dataUrl)) startDirectory(workerUrl, dataUrl);
  const started = page.partnerDirectory?.get(dataUrl) as StartedDirectory;
  return {
    ask: (request) => started.worker?.postMessage(request satisfies DirectoryRequest),
    drawn: ({ state, visible }) =>
      started.worker?.postMessage({ type: 'drawn', state, visible } satisfies DirectoryRequest),
    foresee: ({ state, visible }) =>
      started.worker?.postMessage({ type: 'foresee', state, visible } satisfies DirectoryRequest),
    painted: () => started.worker?.postMessage({ type: 'painted' } satisfies DirectoryRequest),
    listen(onReply) {
      started.listener = onReply;
      for (const reply of started.told) onReply(reply);
      return () => {
        if (started.listener === onReply) started.listener = undefined;
      };
    },
    close() {
      started.closed = true;
      started.worker?.terminate();
      if (page.partnerDirectory?.get(dataUrl) === started) page.partnerDirectory.delete(dataUrl);
    },
  };
}
