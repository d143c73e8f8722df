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
 * next. Where the data is a head with later pieces (`DirectoryHead`), the
 * first search other than the opening one wants them: this worker hands the
 * head's bytes back to the page, which starts a second worker on them (`load`
 * with `whole`) and asks it once it has loaded, decoded and indexed the whole
 * directory. Until then the head answers, marked partial, in a worker whose
 * own heap stays small: the whole directory's build, which allocates hundreds
 * of megabytes, never holds a keystroke behind its garbage collection. The
 * island only draws what it answers. Whatever can wait (the rest of the
 * directory after its first page, the text index) waits until the page has
 * painted its first results, or until a question needs it.
 */
import {
  addTextIndexSteps,
  buildDirectoryIndex,
  decodeDirectory,
  directoryState,
  directoryView,
  headView,
  joinPieces,
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
   * (`url`), which the later pieces' are relative to, and the page's search (`location.search`). With `whole`, a head
   * whose later pieces this worker loads at once (`loadWhole`): it answers nothing until the whole directory is in.
   */
  | { type: 'load'; json: ArrayBuffer; url: string; search: string; whole?: true | undefined }
  /**
   * The results for `state`, with the cards of its first `visible` partners. `unasked` where the page asks again a
   * question already answered (the head's answer, once the whole directory takes over): answered unasked.
   */
  | { type: 'query'; state: DirectoryState; visible: number; unasked?: true | undefined }
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
  /** The whole directory's worker could not load the later pieces: the head answers from then on, saying so. */
  | { type: 'pieces'; state: 'failed' }
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
   * How far the search has come: filters are answered from the start, words once the text index is built, and
   * fastest once warm. Once the later pieces are in (`pieces` `loaded`), from words again, for the whole directory.
   */
  | { type: 'progress'; ready: 'filters' | 'words' | 'warm' }
  /**
   * The later pieces of a head: not needed yet, in (from the whole directory's worker, which answers everything
   * now), or not to be had (the head keeps answering).
   */
  | { type: 'pieces'; state: 'waiting' | 'loaded' | 'failed' }
  /**
   * The later pieces are wanted: the head's bytes as they arrived (`load`), for a worker of the whole directory. The
   * head answers meanwhile.
   */
  | { type: 'pieces'; state: 'loading'; json: ArrayBuffer }
  /**
   * The answer to a question. `unasked` for one the island did not ask just now: the last question's answer again
   * (the whole directory's, once it takes over from the head, or the head's, once the pieces cannot be had), or an
   * answer ahead of its question (a first letter typed into the last search, or a letter likely typed next). `key` is
   * the question's `viewKey`.
   */
  | { type: 'view'; view: DirectoryView; key: string; unasked?: true | undefined }
  | { type: 'failed'; message: string };

const scope = self as unknown as {
  postMessage: (message: DirectoryReply, transfer?: Transferable[]) => void;
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
 * questions asked meanwhile are answered between tasks: resolves once they are done.
 */
function stepwise(steps: Generator<void, unknown, void>): Promise<void> {
  const task = (): Promise<void> =>
    inTurn(() => takeSteps(steps, TASK_MS, () => performance.now())).then((next) => (next.done ? undefined : task()));
  return task();
}

/** JSON as it arrived, read. */
const readJson = (bytes: ArrayBuffer): unknown => JSON.parse(new TextDecoder().decode(bytes));

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
 * Where the data is a head with later pieces: the head, its bytes until they are handed back to the page (`loadPieces`),
 * and how its pieces fare. The head's answers are partial, or, once the pieces cannot be had, say so.
 */
let head: { data: DirectoryHead; json: ArrayBuffer; pieces: 'waiting' | 'loading' | 'failed' } | undefined;
/** Where this worker loads a head's whole directory (`load` with `whole`): it says so once it answers everything. */
let loadsWhole = false;
/** Partners per step while the text is indexed: a few milliseconds. */
const SLICE = 500;
/**
 * Where the first page answered the opening search: the rest of the directory, decoded and indexed once the page has
 * painted those results or asks anything sooner. Meanwhile the worker leaves the machine to the page.
 */
let undecoded: (() => void) | undefined;
/** The index whose words are indexed once the page has painted its first results, or sooner if a question needs them. */
let unindexed: DirectoryIndex | undefined;
/** The last question asked: answered again where the pieces cannot be had, and the base of the warm-up's answers ahead. */
let latest: Query | undefined;
/** The page address's search, the one the page opens on. */
let opening: DirectoryState | undefined;

/** The answer to a question, or undefined while its words wait for a text index. */
function viewOf({ state, visible }: Query): DirectoryView | undefined {
  const key = viewKey(state, visible);
  let view = recent.get(key);
  if (!view) {
    if (!index || (state.q.trim() !== '' && !index.text)) return undefined;
    view = head
      ? headView(index, head.data, state, visible, head.pieces === 'failed')
      : directoryView(index, state, visible);
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

/**
 * Wants the head's later pieces, once: hands the head's bytes back to the page for a worker of the whole directory,
 * and answers from the head meanwhile.
 */
function loadPieces(): void {
  if (head?.pieces !== 'waiting') return;
  head.pieces = 'loading';
  scope.postMessage({ type: 'pieces', state: 'loading', json: head.json }, [head.json]);
}

/** The whole directory's worker could not load the later pieces: the head answers the last question again, saying so. */
function piecesFailed(): void {
  if (!head) return;
  head.pieces = 'failed';
  recent.clear();
  scope.postMessage({ type: 'pieces', state: 'failed' });
  if (latest) answer(latest, true);
}

/**
 * Loads the later pieces of the head `data` at `url`, joins, decodes and indexes the whole directory, its words too,
 * and says the pieces are in once it answers everything: the page asks this worker from then on. Nothing is asked of
 * it meanwhile, so nothing is done in steps. A piece not on the head's origin, missing or unreadable, and the pieces
 * are not to be had.
 */
function loadWhole(data: DirectoryHead, url: string): void {
  loadsWhole = true;
  Promise.all(
    data.pieces.map(async ({ path }) => {
      const address = pieceAddress(path, url);
      if (!address) throw new Error(`${path} is not on the directory's origin`);
      const response = await fetch(address);
      if (!response.ok) throw new Error(`${address} answered ${response.status}`);
      return readJson(await response.arrayBuffer()) as DirectoryPiece;
    }),
  )
    .then((pieces) => {
      index = buildDirectoryIndex(decodeDirectory(joinPieces(data, pieces)));
      wordsReady(index);
    })
    .catch(() => scope.postMessage({ type: 'pieces', state: 'failed' }));
}

/** Starts indexing the words put off until the page painted its first results (`unindexed`), once. */
function indexWords(): void {
  const built = unindexed;
  unindexed = undefined;
  if (built) buildTextIndex(built);
}

/**
 * Builds `built`'s text index in steps (`stepwise`), so questions are answered between tasks; then the questions with
 * words are answered, and the search warms up.
 */
function buildTextIndex(built: DirectoryIndex): void {
  stepwise(addTextIndexSteps(built, SLICE))
    .then(() => wordsReady(built))
    .catch(fail);
}

function wordsReady(built: DirectoryIndex): void {
  if (loadsWhole) scope.postMessage({ type: 'pieces', state: 'loaded' });
  scope.postMessage({ type: 'progress', ready: 'words' });
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

function load({ json, url, search, whole }: Extract<DirectoryRequest, { type: 'load' }>): void {
  try {
    const encoded = readJson(json) as EncodedDirectory | DirectoryHead;
    if (whole) {
      loadWhole(encoded as DirectoryHead, url);
      return;
    }
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
      undecoded = () => decodeAll(encoded, json, first, true);
    } else decodeAll(encoded, json, first, false);
  } catch (error) {
    fail(error);
  }
}

/**
 * Decodes every partner the data (`json`, read as `encoded`) holds and indexes them without words, says it is ready
 * where the first page could not, and puts off their words (`unindexed`) until the page has painted its first results
 * or a question needs them.
 */
function decodeAll(
  encoded: EncodedDirectory | DirectoryHead,
  json: ArrayBuffer,
  first: DirectoryState,
  told: boolean,
): void {
  try {
    const request: Query = { type: 'query', state: first, visible: PAGE_SIZE };
    const data = decodeDirectory(encoded);
    const built = buildDirectoryIndex(data, { text: false });
    index = built;
    if ('pieces' in encoded && encoded.pieces.length > 0) {
      head = { data: encoded, json, pieces: 'waiting' };
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
    load(request);
    return;
  }
  heard += 1;
  // Whatever the page says next, the rest of the directory is decoded first.
  decodeRest();
  if (request.type === 'painted') indexWords();
  else if (request.type === 'pieces') piecesFailed();
  else {
    if (request.state.q.trim()) typed = true;
    if (request.type === 'drawn') answerAhead(request);
    else if (request.type === 'foresee') foresee({ ...request, type: 'query' });
    else answer(request, request.unasked === true);
  }
};
