/**
 * Typo-tolerant full-text search that stays fast at tens of thousands of
 * documents. Instead of running a fuzzy match against every document, it
 * matches each query word against the vocabulary (the distinct words of all
 * documents, far fewer than the documents) and then reads which documents
 * hold the matched words:
 *
 * - exact and prefix matches come from the sorted vocabulary by binary search;
 * - typos are matched by Fuse.js over the vocabulary, split by word length so a
 *   query word is only compared with words of about its own length;
 * - every document must match every query word; its score is the mean of its
 *   best match per word, weighted by the field the word came from;
 * - words are indexed and looked up by their search form (`scripts.ts`): a
 *   Russian word by its stem in Latin letters, so either script and any
 *   inflection meet; suggestions show the words as the documents write them.
 */
import Fuse from 'fuse.js/basic';
import { tokenize } from './normalize.ts';
import { Recent } from '../recent.ts';
import { finished } from '../steps.ts';
import { transliterate } from '../transliterate.ts';
import { indexForms, inCyrillic, searchForm } from './scripts.ts';

export interface SearchField {
  text: string;
  /** How much a match in this field counts, from 0 to 1 (the name counts more than the summary). */
  weight: number;
}

export interface TextIndex {
  readonly size: number;
  /** Distinct words in their search form, sorted. */
  readonly words: readonly string[];
  /**
   * Each word as a document first wrote it (lower case) in Latin letters and in Cyrillic, for suggestions in the
   * script the visitor types in.
   */
  readonly surfaces: readonly Surfaces[];
  /** For each word, the documents that hold it and the weight of the best field it appears in. */
  readonly postings: readonly { docs: Int32Array; weights: Float32Array }[];
  readonly fuzzyByLength: ReadonlyMap<number, { fuse: Fuse<string>; wordIds: Int32Array }>;
  /** Ids of the words of each length, for the one-typo check on short words. */
  readonly idsByLength: ReadonlyMap<number, Int32Array>;
  /** Per-word match cache: typing adds a letter to the last word, the others repeat. */
  readonly cache: Recent<string, TermMatch[]>;
  /** Per-word document scores, for the words of recent queries (and the single letters, once warmed). */
  readonly scoreCache: Recent<string, Float32Array>;
}

interface Surfaces {
  latin?: string | undefined;
  cyrillic?: string | undefined;
}

interface TermMatch {
  wordId: number;
  /** 1 for the word itself, less for a prefix or a typo. */
  quality: number;
}

export interface TextResult {
  /** Per document, 0 when it does not match, otherwise its relevance in (0, 1]. */
  scores: Float32Array;
  /** Number of documents with a score above 0. */
  count: number;
  /** Query words that matched no word at all. */
  unmatched: string[];
  /** True when no document matched every query word and the documents matching the most words were kept. */
  partial: boolean;
}

/** A single typo is forgiven in query words at least this long; shorter ones would match too much. */
const MIN_TYPO_LENGTH = 3;
/** Words of at least this length are also matched by Fuse.js, which forgives more than one typo. */
const MIN_FUZZY_LENGTH = 5;
/** Match quality of a word one typo away (an exact word is 1). */
const ONE_TYPO_QUALITY = 0.75;
/** Fuse.js score (0 exact … 1 anything) under which a word counts as a typo of the query word. */
const FUZZY_THRESHOLD = 0.34;
/** Looser threshold for "did you mean" suggestions; Fuse.js instances are built with it and filtered per use. */
const SUGGEST_THRESHOLD = 0.5;
const CACHE_LIMIT = 500;
/** Score arrays kept: each holds one number per document. */
const SCORE_CACHE_LIMIT = 64;

export function buildTextIndex(documents: readonly (readonly SearchField[])[]): TextIndex {
  return finished(textIndexSteps(documents, Infinity));
}

/**
 * `buildTextIndex` a slice of `slice` documents at a time: the generator pauses after each slice and returns the
 * index when done, so a worker can answer questions between slices instead of after the whole build.
 */
export function* textIndexSteps(
  documents: readonly (readonly SearchField[])[],
  slice: number,
): Generator<void, TextIndex, void> {
  // Each form gets a number as it is first met, and each word's forms are found once.
  const surfaceOf = new Map<string, Surfaces>();
  const idOf = new Map<string, number>();
  const forms: string[] = [];
  const idsOfWord = new Map<string, number[]>();
  const idsOf = (word: string) => {
    let ids = idsOfWord.get(word);
    if (ids) return ids;
    const script = inCyrillic(word) ? 'cyrillic' : 'latin';
    ids = indexForms(word).map((form) => {
      let id = idOf.get(form);
      if (id === undefined) {
        id = forms.push(form) - 1;
        idOf.set(form, id);
      }
      const known = surfaceOf.get(form);
      if (!known) surfaceOf.set(form, { [script]: word });
      else known[script] ??= word;
      return id;
    });
    idsOfWord.set(word, ids);
    return ids;
  };
  // A field that documents share (the same object: a filter value's label, a city) is read once.
  const idsOfShared = new Map<SearchField, number[]>();
  const seen = new WeakSet<SearchField>();
  const tokensOf = (field: SearchField) => {
    const known = idsOfShared.get(field);
    if (known) return known;
    const ids: number[] = [];
    for (const word of tokenize(field.text)) for (const id of idsOf(word)) ids.push(id);
    if (seen.has(field)) idsOfShared.set(field, ids);
    else seen.add(field);
    return ids;
  };
  // Each word's documents and the weight of its best field in each, in lists that grow as they fill. Documents are
  // visited in order, so a word's latest document is always last in its list.
  const docsOf: Int32Array[] = [];
  const weightsOf: Float32Array[] = [];
  const filled: number[] = [];
  for (let doc = 0; doc < documents.length; doc += 1) {
    for (const field of documents[doc] ?? []) {
      const { weight } = field;
      for (const id of tokensOf(field)) {
        let docs = docsOf[id];
        let weights = weightsOf[id];
        const length = filled[id] ?? 0;
        if (docs && weights && length > 0 && docs[length - 1] === doc) {
          if ((weights[length - 1] ?? 0) < weight) weights[length - 1] = weight;
          continue;
        }
        if (!docs || !weights || length === docs.length) {
          const grown = Math.max(8, length * 2);
          const moreDocs = new Int32Array(grown);
          const moreWeights = new Float32Array(grown);
          if (docs && weights) {
            moreDocs.set(docs);
            moreWeights.set(weights);
          }
          docsOf[id] = docs = moreDocs;
          weightsOf[id] = weights = moreWeights;
        }
        docs[length] = doc;
        weights[length] = weight;
        filled[id] = length + 1;
      }
    }
    if (doc % slice === slice - 1) yield;
  }

  // Sorted by code unit, as binary search compares them: grouped by their first code unit, and each group sorted in
  // a step of its own, so that a large vocabulary is not sorted in one.
  const groups = new Map<number, number[]>();
  forms.forEach((form, id) => {
    const first = form.length > 0 ? form.charCodeAt(0) : -1;
    const group = groups.get(first);
    if (group) group.push(id);
    else groups.set(first, [id]);
  });
  const sorted: number[] = [];
  for (const first of [...groups.keys()].sort((a, b) => a - b)) {
    const group = (groups.get(first) ?? []).sort((a, b) => ((forms[a] ?? '') < (forms[b] ?? '') ? -1 : 1));
    for (const id of group) sorted.push(id);
    yield;
  }
  // Each word's postings, cut to size, and the words of each length, in at most as many steps as the documents took:
  // the cost is the postings' length, not the number of words (664 words at 100,000 generated partners, whose lists
  // took one step of 78 to 95 ms to copy).
  let entries = 0;
  for (const length of filled) entries += length ?? 0;
  const entriesPerStep = Math.max(1, Math.ceil((entries * slice) / Math.max(1, documents.length)));
  let copied = 0;
  const words: string[] = [];
  const surfaces: Surfaces[] = [];
  const postings: { docs: Int32Array; weights: Float32Array }[] = [];
  const lengthBuckets = new Map<number, number[]>();
  for (const id of sorted) {
    const word = forms[id] ?? '';
    const bucket = lengthBuckets.get(word.length);
    if (bucket) bucket.push(words.length);
    else lengthBuckets.set(word.length, [words.length]);
    words.push(word);
    surfaces.push(surfaceOf.get(word) ?? { latin: word });
    postings.push({
      docs: (docsOf[id] ?? new Int32Array(0)).slice(0, filled[id]),
      weights: (weightsOf[id] ?? new Float32Array(0)).slice(0, filled[id]),
    });
    copied += filled[id] ?? 0;
    if (copied >= entriesPerStep) {
      copied = 0;
      yield;
    }
  }
  const idsByLength = new Map([...lengthBuckets].map(([length, ids]) => [length, Int32Array.from(ids)]));
  yield;
  // One Fuse.js index per word length, each a step of its own.
  const fuzzyByLength = new Map<number, { fuse: Fuse<string>; wordIds: Int32Array }>();
  for (const [length, ids] of lengthBuckets) {
    if (length < MIN_FUZZY_LENGTH - 1) continue;
    fuzzyByLength.set(length, {
      fuse: new Fuse(
        ids.map((id) => words[id] ?? ''),
        {
          includeScore: true,
          threshold: SUGGEST_THRESHOLD,
          ignoreLocation: true,
          isCaseSensitive: true,
          shouldSort: false,
        },
      ),
      wordIds: Int32Array.from(ids),
    });
    yield;
  }

  return {
    size: documents.length,
    words,
    surfaces,
    postings,
    fuzzyByLength,
    idsByLength,
    cache: new Recent(CACHE_LIMIT),
    scoreCache: new Recent(SCORE_CACHE_LIMIT),
  };
}

/**
 * Whether two words are at most one typo apart: one letter dropped, added,
 * replaced, or two neighbouring letters swapped (Damerau–Levenshtein ≤ 1).
 */
export function withinOneTypo(a: string, b: string): boolean {
  if (a === b) return true;
  const lengthDifference = a.length - b.length;
  if (Math.abs(lengthDifference) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  if (lengthDifference === 0) {
    if (a.slice(start + 1) === b.slice(start + 1)) return true;
    return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
  }
  return lengthDifference > 0 ? a.slice(start + 1) === b.slice(start) : a.slice(start) === b.slice(start + 1);
}

/** Edit distance counting a swap of neighbouring letters as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Uint16Array(rows * cols);
  for (let i = 0; i < rows; i += 1) d[i * cols] = i;
  for (let j = 0; j < cols; j += 1) d[j] = j;
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (d[(i - 1) * cols + j] ?? 0) + 1,
        (d[i * cols + j - 1] ?? 0) + 1,
        (d[(i - 1) * cols + j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (d[(i - 2) * cols + j - 2] ?? 0) + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1] ?? 0;
}

/** First index in the sorted words whose word is >= term. */
function lowerBound(words: readonly string[], term: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((words[mid] ?? '') < term) low = mid + 1;
    else high = mid;
  }
  return low;
}

function fuzzyMatches(
  index: TextIndex,
  term: string,
  threshold: number,
  lengthWindow = 2,
): { wordId: number; score: number }[] {
  const found: { wordId: number; score: number }[] = [];
  for (let length = term.length - lengthWindow; length <= term.length + lengthWindow; length += 1) {
    const bucket = index.fuzzyByLength.get(length);
    if (!bucket) continue;
    for (const result of bucket.fuse.search(term)) {
      const score = result.score ?? 1;
      if (score <= threshold) found.push({ wordId: bucket.wordIds[result.refIndex] ?? -1, score });
    }
  }
  return found.filter((match) => match.wordId >= 0);
}

/** Vocabulary words a query word stands for: itself, words it begins, and words one or two typos away. */
export function matchTerm(index: TextIndex, term: string, allowPrefix: boolean): TermMatch[] {
  const key = `${allowPrefix ? 'p' : 'w'}:${term}`;
  const cached = index.cache.get(key);
  if (cached) return cached;

  const best = new Map<number, number>();
  const offer = (wordId: number, quality: number) => {
    if ((best.get(wordId) ?? 0) < quality) best.set(wordId, quality);
  };
  const { words } = index;
  const start = lowerBound(words, term);
  if (words[start] === term) offer(start, 1);
  if (allowPrefix) {
    for (let id = start; id < words.length && (words[id] ?? '').startsWith(term); id += 1) {
      offer(id, 0.7 + (0.25 * term.length) / (words[id]?.length ?? 1));
    }
  }
  if (term.length >= MIN_TYPO_LENGTH) {
    for (let length = term.length - 1; length <= term.length + 1; length += 1) {
      for (const id of index.idsByLength.get(length) ?? []) {
        if (withinOneTypo(term, words[id] ?? '')) offer(id, ONE_TYPO_QUALITY);
      }
    }
  }
  if (term.length >= MIN_FUZZY_LENGTH) {
    for (const { wordId, score } of fuzzyMatches(index, term, FUZZY_THRESHOLD)) offer(wordId, 0.7 * (1 - score));
  }

  const matches = [...best].map(([wordId, quality]) => ({ wordId, quality }));
  index.cache.set(key, matches);
  return matches;
}

/** Each document's best match for one query word, 0 where it has none; cached, since typing repeats words. */
function termScores(index: TextIndex, term: string, allowPrefix: boolean): { best: Float32Array; matched: boolean } {
  const key = `${allowPrefix ? 'p' : 'w'}:${term}`;
  const matches = matchTerm(index, term, allowPrefix);
  let best = index.scoreCache.get(key);
  if (!best) {
    best = new Float32Array(index.size);
    for (const { wordId, quality } of matches) {
      const posting = index.postings[wordId];
      if (!posting) continue;
      for (let i = 0; i < posting.docs.length; i += 1) {
        const doc = posting.docs[i] ?? 0;
        const value = quality * (posting.weights[i] ?? 0);
        if (value > (best[doc] ?? 0)) best[doc] = value;
      }
    }
    index.scoreCache.set(key, best);
  }
  return { best, matched: matches.length > 0 };
}

/**
 * Scores every document against a query. The last word may be unfinished
 * (the user is typing it), so it also matches as a prefix; the others match
 * as prefixes once they are three letters long.
 */
/** The result of a query without words: every document, each fully. */
export const everyDocument = (size: number): TextResult => ({
  scores: new Float32Array(size).fill(1),
  count: size,
  unmatched: [],
  partial: false,
});

export function searchText(index: TextIndex, query: string): TextResult {
  const typed = tokenize(query);
  const terms = typed.map(searchForm);
  if (terms.length === 0) return everyDocument(index.size);
  const scores = new Float32Array(index.size);

  const matchedTerms = new Uint8Array(index.size);
  const unmatched: string[] = [];
  terms.forEach((term, position) => {
    const allowPrefix = position === terms.length - 1 || term.length >= 3;
    const { best, matched } = termScores(index, term, allowPrefix);
    if (!matched) unmatched.push(typed[position] ?? term);
    for (let doc = 0; doc < index.size; doc += 1) {
      const value = best[doc] ?? 0;
      if (value > 0) {
        scores[doc] = (scores[doc] ?? 0) + value;
        matchedTerms[doc] = (matchedTerms[doc] ?? 0) + 1;
      }
    }
  });

  // Every word must match; when no document matches them all (a word with a
  // typo too short to forgive), keep the documents that match the most words.
  let most = 0;
  for (let doc = 0; doc < index.size; doc += 1) most = Math.max(most, matchedTerms[doc] ?? 0);
  let count = 0;
  for (let doc = 0; doc < index.size; doc += 1) {
    if (most > 0 && matchedTerms[doc] === most) {
      scores[doc] = (scores[doc] ?? 0) / terms.length;
      count += 1;
    } else {
      scores[doc] = 0;
    }
  }
  return { scores, count, unmatched, partial: most > 0 && most < terms.length };
}

/**
 * A corrected query for a search that found nothing: each word that is not a
 * word (or the start of one) in the index is replaced by the closest word, if
 * one is close enough.
 */
export function suggestQuery(index: TextIndex, query: string): string | undefined {
  const typed = tokenize(query);
  let changed = false;
  const corrected = typed.map((surface) => {
    const term = searchForm(surface);
    const start = lowerBound(index.words, term);
    if ((index.words[start] ?? '').startsWith(term)) return surface;
    // Fuse.js finds the candidates; the closest by edit distance wins, then the most common.
    const [closest] = fuzzyMatches(index, term, SUGGEST_THRESHOLD, 3)
      .map(({ wordId }) => ({
        wordId,
        distance: editDistance(term, index.words[wordId] ?? ''),
        frequency: index.postings[wordId]?.docs.length ?? 0,
      }))
      .sort((a, b) => a.distance - b.distance || b.frequency - a.frequency);
    const written = closest && index.surfaces[closest.wordId];
    // In the script typed: «Новосибирск» suggested as "novosibirsk" to a visitor typing in Latin letters.
    const word = inCyrillic(surface)
      ? (written?.cyrillic ?? written?.latin)
      : (written?.latin ?? (written?.cyrillic && transliterate(written.cyrillic)));
    if (!word) return surface;
    changed = true;
    return word;
  });
  return changed ? corrected.join(' ') : undefined;
}

/**
 * The letters most likely typed next after `typed`, at most `limit` of them, most documents first: those that go on
 * from its last word (or, after a space, begin a word) in the words as the documents wrote them, in either script. A
 * search that answers them ahead of the keystroke draws its results with the letter itself.
 */
export function nextLetters(index: TextIndex, typed: string, limit: number): string[] {
  const last = /[\p{L}\p{N}]$/u.test(typed) ? (tokenize(typed).at(-1) ?? '') : '';
  const documents = new Map<string, number>();
  index.surfaces.forEach(({ latin, cyrillic }, id) => {
    for (const word of [latin, cyrillic]) {
      if (word === undefined || word.length <= last.length || !word.startsWith(last)) continue;
      const letter = String.fromCodePoint(word.codePointAt(last.length) ?? 0);
      documents.set(letter, (documents.get(letter) ?? 0) + (index.postings[id]?.docs.length ?? 0));
    }
  });
  return [...documents]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Math.max(0, limit))
    .map(([letter]) => letter);
}
