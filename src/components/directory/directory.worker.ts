/**
 * The directory's search, off the page's main thread. It reads the data the
 * page fetched (the page's head starts the worker and hands the bytes over with the
 * page's address), says it is ready with the answer to the address's search
 * when that has no words, answers queries without words from then on,
 * builds the text index next and answers queries with words from then on,
 * and warms the search for first letters while no one types. The island
 * only draws what it answers.
 */
import {
  addTextIndex,
  buildDirectoryIndex,
  decodeDirectory,
  directoryState,
  directoryView,
  PAGE_SIZE,
  viewKey,
  queryDirectory,
  warmUpQueries,
  type DirectoryData,
  type DirectoryIndex,
  type DirectoryState,
  type DirectoryView,
  type EncodedDirectory,
} from '../../lib/directory';

export type DirectoryRequest =
  /** The directory data as it arrived (JSON of `EncodedDirectory`), and the page's search (`location.search`). */
  | { type: 'load'; json: ArrayBuffer; search: string }
  /** The results for `state`, with the cards of its first `visible` partners. */
  | { type: 'query'; state: DirectoryState; visible: number };

export type DirectoryReply =
  /**
   * The data is decoded. Where the page's search has no words, with its view of the first `PAGE_SIZE` partners: the
   * island's first results come with the facets, without a question and answer of their own.
   */
  | {
      type: 'ready';
      facets: DirectoryData['facets'];
      cities: DirectoryData['cities'];
      view?: DirectoryView | undefined;
    }
  /** How far the search has come: words are answered once the text index is built, and fastest once warm. */
  | { type: 'progress'; ready: 'words' | 'warm' }
  | { type: 'view'; view: DirectoryView }
  | { type: 'failed'; message: string };

const scope = self as unknown as {
  postMessage: (message: DirectoryReply) => void;
  onmessage: ((event: MessageEvent<DirectoryRequest>) => void) | null;
};

let index: DirectoryIndex | undefined;
/** A query that needs a part of the index not built yet. */
let waiting: Extract<DirectoryRequest, { type: 'query' }> | undefined;
let typed = false;

/** Runs `task` as a task of its own, after the messages already waiting. */
const later = (task: () => void) => setTimeout(task, 0);

/** Recent answers: deleting letters or going back to an earlier search asks again what was just answered. */
const recent = new Map<string, DirectoryView>();
const RECENT_LIMIT = 32;

function viewOf(
  built: DirectoryIndex,
  { state, visible }: Extract<DirectoryRequest, { type: 'query' }>,
): DirectoryView {
  const key = viewKey(state, visible);
  let view = recent.get(key);
  if (view) recent.delete(key);
  else view = directoryView(built, state, visible);
  recent.set(key, view);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value ?? '');
  return view;
}

function answer(request: Extract<DirectoryRequest, { type: 'query' }>): void {
  if (index && (!request.state.q.trim() || index.text)) {
    scope.postMessage({ type: 'view', view: viewOf(index, request) });
  } else waiting = request;
}

function answerWaiting(): void {
  const request = waiting;
  waiting = undefined;
  if (request) answer(request);
}

function buildTextIndex(built: DirectoryIndex): void {
  later(() => {
    addTextIndex(built);
    scope.postMessage({ type: 'progress', ready: 'words' });
    answerWaiting();
    // The warm-up queries, one per task, until the visitor types: the costliest keystrokes are then warm.
    const queue = warmUpQueries(built);
    const warm = () => {
      const q = queue.shift();
      if (typed) return;
      if (q === undefined) {
        scope.postMessage({ type: 'progress', ready: 'warm' });
        return;
      }
      queryDirectory(built, { ...directoryState.empty(), q });
      later(warm);
    };
    later(warm);
  });
}

function load(json: ArrayBuffer, search: string): void {
  try {
    const data = decodeDirectory(JSON.parse(new TextDecoder().decode(json)) as EncodedDirectory);
    const built = buildDirectoryIndex(data, { text: false });
    index = built;
    const first = directoryState.parse(search, data.facets, data.cities);
    const view = first.q.trim() ? undefined : viewOf(built, { type: 'query', state: first, visible: PAGE_SIZE });
    scope.postMessage({ type: 'ready', facets: data.facets, cities: data.cities, view });
    answerWaiting();
    // Next, after the questions already waiting: the first results come before the text index is built.
    buildTextIndex(built);
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = ({ data: request }) => {
  if (request.type === 'load') load(request.json, request.search);
  else {
    if (request.state.q.trim()) typed = true;
    answer(request);
  }
};
