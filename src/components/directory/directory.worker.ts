/**
 * The directory's search, off the page's main thread. It reads the data the
 * page fetched (the page preloads it, and hands the bytes over), answers queries without words as soon as the data is decoded, builds the
 * text index next and answers queries with words from then on, and warms
 * the search for first letters while no one types. The island only draws
 * what it answers.
 */
import {
  addTextIndex,
  buildDirectoryIndex,
  decodeDirectory,
  directoryState,
  directoryView,
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
  /** The directory data as it arrived: JSON of `EncodedDirectory`. */
  | { type: 'load'; json: ArrayBuffer }
  /** The results for `state`, with the cards of its first `visible` partners. */
  | { type: 'query'; state: DirectoryState; visible: number };

export type DirectoryReply =
  | { type: 'ready'; facets: DirectoryData['facets']; cities: DirectoryData['cities'] }
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
let textIndexStarted = false;

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
  // The island asks for its first results as soon as it is ready: they come before the text index is built.
  if (index && !textIndexStarted) buildTextIndex(index);
}

function answerWaiting(): void {
  const request = waiting;
  waiting = undefined;
  if (request) answer(request);
}

function buildTextIndex(built: DirectoryIndex): void {
  textIndexStarted = true;
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

function load(json: ArrayBuffer): void {
  try {
    const data = decodeDirectory(JSON.parse(new TextDecoder().decode(json)) as EncodedDirectory);
    index = buildDirectoryIndex(data, { text: false });
    scope.postMessage({ type: 'ready', facets: data.facets, cities: data.cities });
    answerWaiting();
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = ({ data: request }) => {
  if (request.type === 'load') load(request.json);
  else {
    if (request.state.q.trim()) typed = true;
    answer(request);
  }
};
