/**
 * The directory's search, off the page's main thread. It reads the data the
 * page fetched (the page's head starts the worker and hands the bytes over with the
 * page's address), says it is ready with the answer to the address's search
 * when that has no words (from the data's first page, where that holds it),
 * decodes the rest and answers queries without words from then on, builds the
 * text index (in slices, answering between them) and answers queries with
 * words from then on, and, while no one types, warms the search
 * for first letters and sends their answers ahead of the questions; once
 * the page has drawn an answer, it answers ahead the letters likeliest typed
 * next. Where the
 * data is a head with later pieces (`DirectoryHead`), the first search other
 * than the opening one loads them: until they are in, the head answers, marked
 * partial, and then the whole directory does (words, once its text index is
 * built; the head's answers them meanwhile). The island only draws what it
 * answers. Whatever can wait (the rest of the directory after its first page,
 * the text index) waits until the page has painted its first results, or until
 * a question needs it.
 */
import {
  addTextIndexSteps,
  buildDirectoryIndex,
  decodeDirectory,
  decodeSteps,
  directoryState,
  directoryView,
  headView,
  joinSteps,
  pieceAddress,
  PAGE_SIZE,
  viewKey,
  queryDirectory,
  warmUpQueries,
  type DirectoryData,
  type DirectoryHead,
  type DirectoryIndex,
  type DirectoryPiece,
  type DirectoryState,
  type DirectoryView,
  type EncodedDirectory,
} from '../../lib/directory';
import { Recent } from '../../lib/recent';
import { nextLetters } from '../../lib/search/text-index';
import { takeSteps } from '../../lib/steps';

export type DirectoryRequest =
  /**
   * The directory data as it arrived (JSON of `EncodedDirectory`, or of a `DirectoryHead`), its absolute address
   * (`url`), which the later pieces' are relative to, and the page's search (`location.search`).
   */
  | { type: 'load'; json: ArrayBuffer; url: string; search: string }
  /** The results for `state`, with the cards of its first `visible` partners. */
  | { type: 'query'; state: DirectoryState; visible: number }
  /**
   * The page has painted the whole answer to its last question, from the worker or the answers it keeps: the worker
   * answers ahead from it (`answerAhead`). Done before that frame, it would take a core from the page's drawing.
   */
  | { type: 'drawn'; state: DirectoryState; visible: number }
  /**
   * A question the visitor is about to ask (a filter value under the pointer, pressed or in focus): answered unasked,
   * as letters are ahead (`foresee`), so the page draws it with the click.
   */
  | { type: 'foresee'; state: DirectoryState; visible: number }
  /**
   * The page has painted its first results: the worker goes on to decode the rest of the directory and index its
   * words. Done meanwhile, that work would take a core from the page's own first drawing, on a machine that has two.
   */
  | { type: 'painted' };

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
  /**
   * How far the search has come: words are answered once the text index is built, and fastest once warm. Once the
   * later pieces are in, it starts again from filters, for the whole directory.
   */
  | { type: 'progress'; ready: 'filters' | 'words' | 'warm' }
  /** The later pieces of a head: not needed yet, being loaded, in, or not to be had (the head keeps answering). */
  | { type: 'pieces'; state: 'waiting' | 'loading' | 'loaded' | 'failed' }
  /**
   * The answer to a question. `unasked` for one the island did not ask just now: the whole directory's answer to the
   * last question, once the later pieces are in (or the head's, once they cannot be had), or an answer ahead of its
   * question (a first letter typed into the last search, or a letter likely typed next). `key` is the question's
   * `viewKey`.
   */
  | { type: 'view'; view: DirectoryView; key: string; unasked?: true | undefined }
  | { type: 'failed'; message: string };

const scope = self as unknown as {
  postMessage: (message: DirectoryReply) => void;
  onmessage: ((event: MessageEvent<DirectoryRequest>) => void) | null;
};

let index: DirectoryIndex | undefined;
/** A query that needs a part of the index not built yet, and whether the island asked it (`answer`). */
let waiting: { request: Query; unasked: boolean } | undefined;
let typed = false;

/**
 * Runs `task` as a task of its own, after the messages already waiting. A message to itself rather than a timer:
 * timers set from timers wait at least 4 ms each, which the many tasks of a large text index would add up.
 */
const tasks: (() => void)[] = [];
const channel = new MessageChannel();
channel.port1.onmessage = () => tasks.shift()?.();
const later = (task: () => void) => {
  tasks.push(task);
  channel.port2.postMessage(null);
};

/** `work` as a task of its own (`later`), after the questions waiting. */
const inTurn = <T>(work: () => T): Promise<T> =>
  new Promise((resolve, reject) =>
    later(() => {
      try {
        resolve(work());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }),
  );

/** How long a task keeps taking steps (`stepwise`) before it lets the questions waiting in. */
const TASK_MS = 10;

/**
 * Runs `steps` in tasks of their own (`later`), as many steps per task as fit in `TASK_MS` (`takeSteps`), so the
 * questions asked meanwhile are answered between tasks: resolves to what they return, or, where `wanted` says they are
 * no longer wanted before a step, to undefined.
 */
function stepwise<T>(steps: Generator<void, T, void>): Promise<T>;
function stepwise<T>(steps: Generator<void, T, void>, wanted: () => boolean): Promise<T | undefined>;
function stepwise<T>(steps: Generator<void, T, void>, wanted = () => true): Promise<T | undefined> {
  const task = (): Promise<T | undefined> =>
    inTurn(() => takeSteps(steps, TASK_MS, () => performance.now(), wanted)).then((next) =>
      next.done ? next.value : task(),
    );
  return task();
}

/** JSON as it arrived, read. */
const readJson = (bytes: ArrayBuffer): unknown => JSON.parse(new TextDecoder().decode(bytes));

/**
 * A response's body as the chunks it arrived in. Read whole (`arrayBuffer()`), a piece's body is taken in one task
 * that lasts as long as the bytes take to arrive: up to 100 ms for a piece of 1.6 MB on a busy machine.
 */
async function bodyChunks(response: Response): Promise<Uint8Array[]> {
  const reader = response.body?.getReader();
  if (!reader) return [new Uint8Array(await response.arrayBuffer())];
  const chunks: Uint8Array[] = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  return chunks;
}

/** Bytes of a later piece decoded a step: about 3 ms of work on a slow machine. */
const DECODE_BYTES = 256 * 1024;

/**
 * Reads each of `bodies`: decoded `DECODE_BYTES` a step, then parsed a step. Decoded whole, one piece (1 to 1.6 MB)
 * would hold a keystroke's answer for tens of milliseconds.
 */
function* readSteps<T>(bodies: readonly Uint8Array[][]): Generator<void, T[], void> {
  const read: T[] = [];
  for (const chunks of bodies) {
    const decoder = new TextDecoder();
    const parts: string[] = [];
    let size = 0;
    for (const chunk of chunks) {
      parts.push(decoder.decode(chunk, { stream: true }));
      size += chunk.byteLength;
      if (size >= DECODE_BYTES) {
        size = 0;
        yield;
      }
    }
    parts.push(decoder.decode());
    read.push(JSON.parse(parts.join('')) as T);
    yield;
  }
  return read;
}

/**
 * Recent answers: deleting letters or going back to an earlier search asks again what was just answered, and a letter
 * answered ahead may be asked before its answer has reached the page.
 */
const recent = new Recent<string, DirectoryView>(64);

type Query = Extract<DirectoryRequest, { type: 'query' }>;

/** Letters answered ahead of each keystroke (`answerAhead`). */
const AHEAD = 4;
/**
 * The longest an answer may take for letters to be answered ahead: a keystroke no one foresaw waits behind the one
 * being answered ahead. Where the last question's own answer took longer (at 100,000 partners, most do), nothing is
 * answered ahead, and one answer ahead that takes longer is the last: a keystroke waits behind at most that one.
 */
const AHEAD_MS = 8;
/** How long the last question the page asked took to answer. */
let lastTook = 0;
/** Counts what the page has said: answering ahead stops once it says anything new. */
let heard = 0;

/**
 * Where the data is a head with later pieces, until the whole directory answers words: the head, where it came from,
 * its own index, and how its pieces fare. Once they are in (`loaded`), the whole directory answers all but words,
 * which the head's index answers, marked partial, while the whole text index is built.
 */
let head:
  | { data: DirectoryHead; url: string; index: DirectoryIndex; pieces: 'waiting' | 'loading' | 'loaded' | 'failed' }
  | undefined;
/** Partners per step while the whole directory is decoded and its text indexed: a few milliseconds at 100,000. */
const SLICE = 500;
/**
 * Where the first page answered the opening search: the rest of the directory, decoded and indexed once the page has
 * painted those results or asks anything sooner. Meanwhile the worker leaves the machine to the page.
 */
let undecoded: (() => void) | undefined;
/** The index whose words are indexed once the page has painted its first results, or sooner if a question needs them. */
let unindexed: DirectoryIndex | undefined;
/** The last question asked, answered again once the whole directory is in. */
let latest: Query | undefined;
/** The page address's search, the one the page opens on. */
let opening: DirectoryState | undefined;

/** The answer to a question, or undefined while its words wait for a text index. */
function viewOf({ state, visible }: Query): DirectoryView | undefined {
  const key = viewKey(state, visible);
  let view = recent.get(key);
  if (!view) {
    const words = state.q.trim() !== '';
    if (index && (!words || index.text))
      view =
        head && head.pieces !== 'loaded'
          ? headView(index, head.data, state, visible, head.pieces === 'failed')
          : directoryView(index, state, visible);
    else if (head?.index.text) view = headView(head.index, head.data, state, visible, false);
    else return undefined;
  }
  recent.set(key, view);
  return view;
}

/** Sends `view` as the answer to `question`, named by its `viewKey`. */
function sendView({ state, visible }: Query, view: DirectoryView, unasked: boolean): void {
  const key = viewKey(state, visible);
  scope.postMessage(unasked ? { type: 'view', view, key, unasked } : { type: 'view', view, key });
}

function answer(request: Query, unasked = false): void {
  latest = request;
  const started = performance.now();
  const view = viewOf(request);
  if (!unasked) lastTook = performance.now() - started;
  if (view) {
    sendView(request, view, unasked);
    if (view.partial) loadPieces();
    // A question the island asked and still waits for stays asked, whatever asks it again.
  } else {
    waiting = { request, unasked: unasked && (waiting?.unasked ?? true) };
    indexWords();
  }
}

/**
 * Answers the letters likeliest typed next into `state`'s words (`nextLetters`) ahead of their questions, one a task,
 * unasked: the page keeps the answers and draws the one typed with its keystroke, without waiting for the worker and
 * for the frame that shows the letter. Only where the whole directory answers words and answers come in `AHEAD_MS`,
 * until the page says anything new.
 */
function answerAhead({ state, visible }: Pick<Query, 'state' | 'visible'>): void {
  const built = index;
  if (!built?.text || head || lastTook > AHEAD_MS) return;
  const letters = nextLetters(built.text, state.q, AHEAD);
  const since = heard;
  const next = () => {
    const letter = letters.shift();
    if (letter === undefined || heard !== since || index !== built) return;
    const ahead: Query = { type: 'query', state: { ...state, q: state.q + letter }, visible };
    const started = performance.now();
    const view = viewOf(ahead);
    if (view) sendView(ahead, view, true);
    if (performance.now() - started <= AHEAD_MS) later(next);
  };
  later(next);
}

/**
 * Answers `question` ahead of its asking, unasked, in a task of its own, unless the page says anything else first: a
 * pointer passing over several values foresees the last only. However long answers take: a click comes a tenth of a
 * second or more after the pointer reached its box, and a keystroke then waits for one answer at most. Not from a
 * head, whose answers are partial.
 */
function foresee(question: Query): void {
  if (head) return;
  const since = heard;
  later(() => {
    if (heard !== since) return;
    const view = viewOf(question);
    if (view) sendView(question, view, true);
  });
}

function answerWaiting(): void {
  const question = waiting;
  waiting = undefined;
  if (question) answer(question.request, question.unasked);
}

/** Loads the head's later pieces, once: the whole directory then replaces the head, and answers the last question again. */
function loadPieces(): void {
  if (head?.pieces !== 'waiting') return;
  const { data, url } = head;
  head.pieces = 'loading';
  scope.postMessage({ type: 'pieces', state: 'loading' });
  Promise.all(
    data.pieces.map(async ({ path }) => {
      const address = pieceAddress(path, url);
      if (!address) throw new Error(`${path} is not on the directory's origin`);
      // Each asked for in a task of its own (`inTurn`): eighteen requests made at once hold up the keystroke that
      // asked for them, and the next.
      const response = await inTurn(() => fetch(address));
      if (!response.ok) throw new Error(`${address} answered ${response.status}`);
      return bodyChunks(response);
    }),
  )
    // Read, joined and decoded in steps (`stepwise`), and indexed in a task of its own: questions asked meanwhile
    // are answered by the head between tasks. Parsed as they arrived (`response.json()`), pieces arriving together
    // would be parsed back to back, and a keystroke landing then would wait for all of those.
    .then((bodies) => stepwise(readSteps<DirectoryPiece>(bodies)))
    .then((pieces) => stepwise(joinSteps(data, pieces)))
    .then((joined) => stepwise(decodeSteps(joined, SLICE)))
    .then((whole) => inTurn(() => buildDirectoryIndex(whole, { text: false })))
    .then((built) => {
      if (head) head.pieces = 'loaded';
      // The whole directory's words are indexed now: the head's, if still put off, are no longer needed.
      unindexed = undefined;
      index = built;
      recent.clear();
      scope.postMessage({ type: 'pieces', state: 'loaded' });
      scope.postMessage({ type: 'progress', ready: 'filters' });
      if (latest) answer(latest, true);
      buildTextIndex(built);
    })
    .catch(() => {
      if (head) head.pieces = 'failed';
      recent.clear();
      scope.postMessage({ type: 'pieces', state: 'failed' });
      if (latest) answer(latest, true);
    });
}

/** Starts indexing the words put off until the page painted its first results (`unindexed`), once. */
function indexWords(): void {
  const built = unindexed;
  unindexed = undefined;
  if (built) buildTextIndex(built);
}

/**
 * Builds `built`'s text index in steps (`stepwise`), so questions are answered between tasks; then the questions with
 * words are answered, and the search warms up. The head's stops once the head no longer answers.
 */
function buildTextIndex(built: DirectoryIndex): void {
  stepwise(addTextIndexSteps(built, SLICE), () => index === built || head?.index === built)
    .then((done) => {
      if (!done) return;
      if (index === built) wordsReady(built);
      // The head's, where the whole directory is in but its words are not yet: the head answers them meanwhile.
      else answerWaiting();
    })
    .catch(fail);
}

function wordsReady(built: DirectoryIndex): void {
  scope.postMessage({ type: 'progress', ready: 'words' });
  if (head?.pieces === 'loaded') {
    // The head answered words while the whole directory's were indexed: the last question is answered again.
    head = undefined;
    recent.clear();
    if (latest?.state.q.trim() && !waiting) answer(latest, true);
  }
  answerWaiting();
  // The warm-up queries, one per task, until the visitor types: the costliest keystrokes are then warm. Where the
  // whole directory answers, a first letter typed into the last search (without words, or the visitor would have
  // typed) is answered ahead of its question, unasked: the page draws its results with the keystroke itself.
  const queue = warmUpQueries(built);
  const warm = () => {
    const q = queue.shift();
    if (typed || index !== built) return;
    if (q === undefined) {
      scope.postMessage({ type: 'progress', ready: 'warm' });
      return;
    }
    const base = latest?.state ?? opening;
    if (q.length === 1 && !head && base) {
      const ahead: Query = { type: 'query', state: { ...base, q }, visible: PAGE_SIZE };
      sendView(ahead, directoryView(built, ahead.state, PAGE_SIZE), true);
    } else queryDirectory(built, { ...directoryState.empty(), q });
    later(warm);
  };
  later(warm);
}

function load(json: ArrayBuffer, url: string, search: string): void {
  try {
    const encoded = readJson(json) as EncodedDirectory | DirectoryHead;
    // The head's first page is the opening search's (`inShippedOrder`): where the address asks that search, it is
    // answered from those partners and the head's counts (`headView`), and the rest is read once the page has
    // painted them (`painted`) or asks anything sooner.
    const firstPage = decodeDirectory(encoded, PAGE_SIZE);
    const first = directoryState.parse(search, firstPage.facets, firstPage.cities);
    opening = first;
    const early =
      'opening' in encoded && !first.q.trim()
        ? headView(buildDirectoryIndex(firstPage, { text: false }), encoded, first, PAGE_SIZE)
        : undefined;
    if (early && !early.partial) {
      recent.set(viewKey(first, PAGE_SIZE), early);
      scope.postMessage({ type: 'ready', facets: firstPage.facets, cities: firstPage.cities, view: early });
      undecoded = () => decodeAll(encoded, url, first, true);
    } else decodeAll(encoded, url, first, false);
  } catch (error) {
    fail(error);
  }
}

/**
 * Decodes every partner the data holds and indexes them without words, says it is ready where the first page could
 * not, and puts off their words (`unindexed`) until the page has painted its first results or a question needs them.
 */
function decodeAll(encoded: EncodedDirectory | DirectoryHead, url: string, first: DirectoryState, told: boolean): void {
  try {
    const request: Query = { type: 'query', state: first, visible: PAGE_SIZE };
    const data = decodeDirectory(encoded);
    const built = buildDirectoryIndex(data, { text: false });
    index = built;
    if ('pieces' in encoded && encoded.pieces.length > 0) {
      head = { data: encoded, url, index: built, pieces: 'waiting' };
      scope.postMessage({ type: 'pieces', state: 'waiting' });
    }
    const view = first.q.trim() ? undefined : viewOf(request);
    if (!told) scope.postMessage({ type: 'ready', facets: data.facets, cities: data.cities, view });
    // The address's search needs the rest of the directory: it starts loading now.
    if (view?.partial || first.q.trim()) {
      latest = request;
      loadPieces();
    }
    unindexed = built;
    if (first.q.trim()) indexWords();
    answerWaiting();
  } catch (error) {
    fail(error);
  }
}

/** Tells the page the search has stopped, with why. */
function fail(error: unknown): void {
  scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}

/** Runs what was put off until the page painted its first results (`undecoded`), once. */
function decodeRest(): void {
  const rest = undecoded;
  undecoded = undefined;
  rest?.();
}

scope.onmessage = ({ data: request }) => {
  if (request.type === 'load') {
    load(request.json, request.url, request.search);
    return;
  }
  heard += 1;
  // Whatever the page says next, the rest of the directory is decoded first.
  decodeRest();
  if (request.type === 'painted') indexWords();
  else {
    if (request.state.q.trim()) typed = true;
    if (request.type === 'drawn') answerAhead(request);
    else if (request.type === 'foresee') foresee({ ...request, type: 'query' });
    else answer(request);
  }
};
