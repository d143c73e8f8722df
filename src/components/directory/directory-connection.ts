import { PAGE_SIZE } from '../../lib/directory';
import type { DirectoryReply, DirectoryRequest } from './directory.worker';

type Query = Extract<DirectoryRequest, { type: 'query' }>;

/**
 * The page's link to the directory's worker (`directory.worker.ts`), one per data address. The page's head starts
 * the worker (`startDirectory`, as an inline script), so it loads and decodes the data while the document is still
 * read and the island's code loads; the island picks the same worker up, and hears first what it has told so far.
 * Where the data is a head and the worker wants its later pieces, the link starts a second worker on the head's bytes
 * for the whole directory, and hands the questions over to it once it answers everything (`loadWhole`).
 */
export interface DirectoryConnection {
  ask(request: Query): void;
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
  const post = (request: DirectoryRequest) => started.worker?.postMessage(request);
  const hear = (reply: DirectoryReply) => started.listener?.(reply);
  /** The question asked last, and whether its answer came: the whole directory's worker is asked it again. */
  let last: { question: Query; answered: boolean } | undefined;
  let whole: Worker | undefined;

  /**
   * Starts a worker on the head's bytes (`json`) that loads the whole directory, once: the head's worker goes on
   * answering meanwhile, and its heap stays out of the whole directory's garbage collection. Once the whole
   * directory's worker answers everything (its pieces `loaded`), it takes the head's place and is asked the last
   * question again: as asked where the head has not answered it, unasked where it has (its answer partial). Where it
   * cannot load them, it is ended, and the head's worker answers from then on, saying so.
   */
  function loadWhole(json: ArrayBuffer): void {
    if (whole || started.closed) return;
    const worker = new Worker(workerUrl, { type: 'module' });
    whole = worker;
    const failed = () => {
      worker.terminate();
      worker.onmessage = worker.onerror = null;
      post({ type: 'pieces', state: 'failed' });
    };
    worker.onerror = failed;
    worker.onmessage = ({ data: reply }: MessageEvent<DirectoryReply>) => {
      if (reply.type === 'pieces' && reply.state === 'loaded') {
        started.worker?.terminate();
        started.worker = worker;
        worker.onmessage = ({ data }: MessageEvent<DirectoryReply>) => hear(data);
        worker.onerror = () => hear({ type: 'failed', message: 'The directory search stopped' });
        hear(reply);
        if (last) post(last.answered ? { ...last.question, unasked: true } : last.question);
      } else if (reply.type === 'pieces' || reply.type === 'failed') failed();
    };
    const url = new URL(dataUrl, location.href).href;
    worker.postMessage({ type: 'load', json, url, search: location.search, whole: true } satisfies DirectoryRequest, [
      json,
    ]);
  }

  return {
    ask(request) {
      last = { question: request, answered: false };
      post(request);
    },
    drawn: ({ state, visible }) => post({ type: 'drawn', state, visible }),
    foresee: ({ state, visible }) => post({ type: 'foresee', state, visible }),
    painted: () => post({ type: 'painted' }),
    listen(onReply) {
      const listener = (reply: DirectoryReply) => {
        if (reply.type === 'pieces' && reply.state === 'loading') loadWhole(reply.json);
        // An answer asked for answers the question asked last: the page asks one at a time. The first results answer
        // the address's search, which the page does not ask.
        if (reply.type === 'view' && !reply.unasked && last) last.answered = true;
        if (reply.type === 'ready' && reply.view && !last)
          last = { question: { type: 'query', state: reply.view.state, visible: PAGE_SIZE }, answered: true };
        onReply(reply);
      };
      started.listener = listener;
      for (const reply of started.told) listener(reply);
      return () => {
        if (started.listener === listener) started.listener = undefined;
      };
    },
    close() {
      started.closed = true;
      started.worker?.terminate();
      whole?.terminate();
      if (page.partnerDirectory?.get(dataUrl) === started) page.partnerDirectory.delete(dataUrl);
    },
  };
}
