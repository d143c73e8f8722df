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
  directorySearch,
  directoryView,
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
  | { type: 'ready'; facets: DirectoryData['facets'] }
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

function answer(request: Extract<DirectoryRequest, { type: 'query' }>): void {
  if (index && (!request.state.q.trim() || index.text)) {
    scope.postMessage({ type: 'view', view: directoryView(index, request.state, request.visible) });
  } else waiting = request;
  // The island asks for its first results as soon as it is ready: they come before the text index is built.
  if (index && !textIndexStarted) buildTextIndex(index);
}

function buildTextIndex(built: DirectoryIndex): void {
  textIndexStarted = true;
  later(() => {
    addTextIndex(built);
    scope.postMessage({ type: 'progress', ready: 'words' });
    const request = waiting;
    waiting = undefined;
    if (request) answer(request);
    // Every first letter once, one per task, until the visitor types: the costliest keystroke is then warm.
    const queue = warmUpQueries(built);
    const warm = () => {
      const q = queue.shift();
      if (typed) return;
      if (q === undefined) {
        scope.postMessage({ type: 'progress', ready: 'warm' });
        return;
      }
      queryDirectory(built, { ...directorySearch.emptyState(), q });
      later(warm);
    };
    later(warm);
  });
}

function load(json: ArrayBuffer): void {
  try {
    const data = decodeDirectory(JSON.parse(new TextDecoder().decode(json)) as EncodedDirectory);
    index = buildDirectoryIndex(data, { text: false });
    scope.postMessage({ type: 'ready', facets: data.facets });
    const request = waiting;
    waiting = undefined;
    if (request) answer(request);
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
