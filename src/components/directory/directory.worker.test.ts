import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addTextIndexSteps,
  decodeDirectory,
  directoryState,
  encodeInPieces,
  PAGE_SIZE,
  ratingFacet,
  type DirectoryData,
  type DirectoryPartner,
} from '../../lib/directory';
import type { DirectoryReply, DirectoryRequest } from './directory.worker';

// The worker's own use of the library, counted: what it decodes and indexes, and when.
vi.mock('../../lib/directory', async (original) => {
  const actual = await original<typeof import('../../lib/directory')>();
  return {
    ...actual,
    decodeDirectory: vi.fn(actual.decodeDirectory),
    addTextIndexSteps: vi.fn(actual.addTextIndexSteps),
  };
});

const SERVICES = ['Mail migration', 'Implementation and setup', 'Helpdesk and support'];
const CITIES = ['Irkutsk', 'Tomsk', 'Kazan', 'Samara'];

/** Forty partners, more than a page: the first page alone answers the opening search. */
const data: DirectoryData = {
  locale: 'en',
  rankedOn: 20_800,
  facets: {
    service: SERVICES.map((label, n) => ({ id: `service-${n}`, label })),
    region: [{ id: 'siberia', label: 'Siberia' }],
    industry: [{ id: 'retail', label: 'Retail' }],
    language: [{ id: 'english', label: 'English' }],
    type: [{ id: 'reseller', label: 'Reseller' }],
    tier: [{ id: 'gold', label: 'Gold', colour: '#c9962b' }],
    rating: ratingFacet((threshold) => `${threshold} stars and above`),
    accepting: [{ id: 'yes', label: 'Taking new clients' }],
    size: [{ id: '1-10', label: '1–10 users' }],
    budget: [{ id: '100000', label: 'Up to ₽100,000' }],
  },
  cities: CITIES.map((label, n) => ({
    id: label.toLowerCase(),
    label,
    aliases: [],
    lat: 50 + n,
    lon: 80 + n,
    region: 0,
  })),
  partners: Array.from({ length: 40 }, (_, n): DirectoryPartner => ({
    slug: `partner-${n}`,
    name: `${CITIES[n % CITIES.length]} ${['Cloud', 'Systems', 'Mailworks', 'Digital', 'Telecom'][n % 5]} ${n}`,
    offices: [n % CITIES.length],
    remote: false,
    minProject: 0,
    summary: `${SERVICES[n % SERVICES.length]} for teams in ${CITIES[n % CITIES.length]}`,
    verifiedDay: 20_700,
    completeness: 0.5,
    writtenIn: 'en',
    reviews: { count: 0, sum: 0 },
    values: {
      service: [n % SERVICES.length],
      region: [0],
      industry: [],
      language: [0],
      type: [0],
      tier: [0],
      rating: [],
      accepting: [0],
      size: [],
      budget: [0],
    },
  })),
};

/** The data in a head of 30 partners and pieces of 4, as 100,000 partners come in a head and eighteen pieces. */
const inPieces = encodeInPieces(data, { headSize: 30, pieceSize: 4 });
const HEAD_URL = 'https://partners.example/partners/directory.json';
const asBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer;

/**
 * The worker's module, run afresh with a page of its own to talk to, and handed the data for an address's search:
 * the directory in one payload, or where `head`, the head of the directory in pieces.
 */
async function startWorker(search = '', { head = false, whole }: { head?: boolean; whole?: true } = {}) {
  const replies: DirectoryReply[] = [];
  const page = {
    postMessage: (reply: DirectoryReply) => replies.push(reply),
    onmessage: null as ((event: { data: DirectoryRequest }) => void) | null,
  };
  vi.stubGlobal('self', page);
  await import('./directory.worker');
  const say = (request: DirectoryRequest) => page.onmessage?.({ data: request });
  const json = asBytes(head || whole ? inPieces.head : encodeInPieces(data).head);
  say({ type: 'load', json, url: HEAD_URL, search, whole });
  return { replies, say };
}

/** The worker with its words indexed, whose clock then steps `step` ms each time it is read. */
async function wordsIndexed(step: number) {
  const worker = await startWorker();
  worker.say({ type: 'painted' });
  await vi.waitFor(() => expect(worker.replies).toContainEqual({ type: 'progress', ready: 'words' }));
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += step));
  return worker;
}

const decoded = () => vi.mocked(decodeDirectory).mock.calls.map(([, count]) => count ?? 'all');
/** The opening search with one service chosen. */
const withService = (id: string) => ({
  ...directoryState.empty(),
  filters: { ...directoryState.empty().filters, service: [id] },
});
const views = (replies: DirectoryReply[]) =>
  replies.flatMap((reply) => (reply.type === 'view' ? [reply.view] : reply.type === 'ready' ? [reply.view] : []));

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the directory worker', () => {
  it('reads only the first page until the page has painted its first results, then the rest and its words', async () => {
    const { replies, say } = await startWorker();
    expect(replies.map((reply) => reply.type)).toEqual(['ready']);
    expect(views(replies)[0]?.total).toBe(40);
    expect(views(replies)[0]?.cards).toHaveLength(PAGE_SIZE);
    // Nothing more happens on its own: the machine is the page's.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(decoded()).toEqual([PAGE_SIZE]);
    expect(addTextIndexSteps).not.toHaveBeenCalled();
    expect(replies).toHaveLength(1);

    say({ type: 'painted' });
    expect(decoded()).toEqual([PAGE_SIZE, 'all']);
    await vi.waitFor(() => expect(replies).toContainEqual({ type: 'progress', ready: 'words' }));
    expect(addTextIndexSteps).toHaveBeenCalledTimes(1);
    say({ type: 'painted' });
    expect(decoded()).toEqual([PAGE_SIZE, 'all']);
  });

  it('answers a question asked before the page painted: a filter at once, words once they are indexed', async () => {
    const { replies, say } = await startWorker();
    say({ type: 'query', state: withService('service-1'), visible: PAGE_SIZE });
    expect(decoded()).toEqual([PAGE_SIZE, 'all']);
    expect(views(replies).at(-1)?.total).toBe(13);
    expect(addTextIndexSteps).not.toHaveBeenCalled();

    say({ type: 'query', state: { ...directoryState.empty(), q: 'irkutsk' }, visible: PAGE_SIZE });
    await vi.waitFor(() => expect(views(replies).at(-1)?.state.q).toBe('irkutsk'));
    expect(views(replies).at(-1)?.total).toBe(10);
    expect(decoded()).toEqual([PAGE_SIZE, 'all']);
  });

  it('once the page has drawn an answer, answers ahead the letters likeliest typed next, until it says more', async () => {
    // Every answer quick, whatever else the machine is running: a slow one would stop the answering ahead.
    const { replies, say } = await wordsIndexed(1);
    const asked = (q: string) =>
      ({ type: 'query', state: { ...directoryState.empty(), q }, visible: PAGE_SIZE }) as const;
    const drawn = (q: string) => ({ type: 'drawn', state: asked(q).state, visible: PAGE_SIZE }) as const;
    const ahead = () => replies.flatMap((reply) => (reply.type === 'view' && reply.unasked ? [reply.view] : []));
    const before = ahead().length;
    say(asked('i'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    // Nothing ahead while the page draws the answer: the core is the page's.
    expect(ahead()).toHaveLength(before);
    // "in" is in every summary, "implementation" in 13 partners', "irkutsk" in 10.
    say(drawn('i'));
    await vi.waitFor(() => expect(ahead().length - before).toBe(3));
    const given = ahead().slice(before);
    expect(given.map((view) => view.state.q)).toEqual(['in', 'im', 'ir']);
    expect(given.map((view) => view.total)).toEqual([40, 13, 10]);
    expect(replies.at(-1)).toMatchObject({ key: '?q=ir#24', unasked: true });

    // Whatever the page says next stops the looking ahead from before.
    const now = ahead().length;
    say(drawn('tom'));
    say(asked('kaz'));
    say(drawn('kaz'));
    await vi.waitFor(() => expect(ahead().length - now).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(
      ahead()
        .slice(now)
        .map((view) => view.state.q),
    ).toEqual(['kaza']);
  });

  it('answers unasked a filter about to be ticked, however long answers take: the last foreseen only, until the page says more', async () => {
    // However long answers take: the click comes well after the pointer.
    const { replies, say } = await wordsIndexed(9);
    const foreseen = () =>
      replies.flatMap((reply) =>
        reply.type === 'view' && reply.unasked && reply.key.includes('service=') ? [reply] : [],
      );
    // An answer asked that took longer than answers ahead may: a value foreseen is answered even so.
    say({ type: 'query', state: withService('service-0'), visible: PAGE_SIZE });
    // The pointer passes over two values: only the second is answered.
    say({ type: 'foresee', state: withService('service-2'), visible: PAGE_SIZE });
    say({ type: 'foresee', state: withService('service-1'), visible: PAGE_SIZE });
    await vi.waitFor(() => expect(foreseen()).toHaveLength(1));
    expect(foreseen()[0]).toMatchObject({ key: '?service=service-1#24', view: { total: 13 } });
    // Anything the page says before its turn comes stops it.
    say({ type: 'foresee', state: withService('service-0'), visible: PAGE_SIZE });
    say({ type: 'drawn', state: directoryState.empty(), visible: PAGE_SIZE });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(foreseen()).toHaveLength(1);
  });

  it('answers nothing ahead where answers take longer than a keystroke not foreseen could wait', async () => {
    const { replies, say } = await wordsIndexed(9);
    const state = { ...directoryState.empty(), q: 'i' };
    say({ type: 'query', state, visible: PAGE_SIZE });
    say({ type: 'drawn', state, visible: PAGE_SIZE });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(replies.at(-1)).toMatchObject({ type: 'view', key: '?q=i#24' });
    expect(replies.at(-1)).not.toHaveProperty('unasked');
  });

  it('reads the whole directory at once where the address asks more than the first page answers', async () => {
    const { replies } = await startWorker('?q=tomsk');
    expect(decoded()).toEqual([PAGE_SIZE, 'all']);
    // The address has words: they are indexed without waiting for the page.
    expect(addTextIndexSteps).toHaveBeenCalledTimes(1);
    expect(replies[0]).toMatchObject({ type: 'ready', view: undefined });
  });

  it('hands the head’s bytes back for the first search past it, answers from the head meanwhile, and says so once the pieces cannot be had', async () => {
    const { replies, say } = await startWorker('', { head: true });
    say({ type: 'painted' });
    await vi.waitFor(() => expect(replies).toContainEqual({ type: 'progress', ready: 'words' }));
    expect(replies).toContainEqual({ type: 'pieces', state: 'waiting' });

    say({ type: 'query', state: { ...directoryState.empty(), q: 'irkutsk' }, visible: PAGE_SIZE });
    const handed = replies.find((reply) => reply.type === 'pieces' && reply.state === 'loading');
    expect(handed && 'json' in handed && JSON.parse(new TextDecoder().decode(handed.json))).toEqual(inPieces.head);
    // Of the head's 30 partners, 8 are in Irkutsk.
    expect(views(replies).at(-1)).toMatchObject({ total: 8, partial: { searched: 30, of: 40, failed: false } });
    // The bytes go once, for a second search past the head too.
    say({ type: 'query', state: { ...directoryState.empty(), q: 'tomsk' }, visible: PAGE_SIZE });
    expect(replies.filter((reply) => reply.type === 'pieces' && reply.state === 'loading')).toHaveLength(1);

    say({ type: 'pieces', state: 'failed' });
    expect(replies.at(-2)).toEqual({ type: 'pieces', state: 'failed' });
    expect(replies.at(-1)).toMatchObject({ type: 'view', key: '?q=tomsk#24', unasked: true });
    expect(views(replies).at(-1)?.partial).toEqual({ searched: 30, of: 40, failed: true });
  });

  it('loads the whole directory from a head with `whole`, says the pieces are in once it answers words, then answers', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (address: string) => {
      fetched.push(address);
      const n = Number(/directory-(\d+)\.json$/.exec(address)?.[1]);
      return new Response(asBytes(inPieces.pieces[n - 1]));
    });
    const { replies, say } = await startWorker('', { whole: true });
    await vi.waitFor(() => expect(replies).toContainEqual({ type: 'progress', ready: 'words' }));
    // Nothing else first: the page asks it nothing until then, and draws nothing it said before.
    expect(replies.slice(0, 2)).toEqual([
      { type: 'pieces', state: 'loaded' },
      { type: 'progress', ready: 'words' },
    ]);
    expect(fetched).toEqual([1, 2, 3].map((n) => `https://partners.example/partners/directory-${n}.json`));
    say({ type: 'query', state: { ...directoryState.empty(), q: 'irkutsk' }, visible: PAGE_SIZE, unasked: true });
    expect(replies.at(-1)).toMatchObject({ type: 'view', key: '?q=irkutsk#24', unasked: true, view: { total: 10 } });
    expect(views(replies).at(-1)?.partial).toBeUndefined();
  });

  const unloadable: [string, (address: string) => Promise<Response>, (head: typeof inPieces.head) => unknown][] = [
    ['a piece that is not there', async () => new Response('Not found', { status: 404 }), (head) => head],
    ['a piece that is not JSON', async () => new Response('<script>alert(1)</script>'), (head) => head],
    [
      'a piece on another origin',
      async (address) => new Response(asBytes(inPieces.pieces[Number(address.at(-6)) - 1])),
      (head) => ({
        ...head,
        pieces: head.pieces.map((piece) => ({ ...piece, path: `https://attacker.example/${piece.path}` })),
      }),
    ],
  ];
  it.each(unloadable)(
    'says the pieces are not to be had for %s, and fetches nothing elsewhere',
    async (_, serve, headOf) => {
      const fetched: string[] = [];
      vi.stubGlobal('fetch', async (address: string) => {
        fetched.push(address);
        return serve(address);
      });
      const replies: DirectoryReply[] = [];
      vi.stubGlobal('self', { postMessage: (reply: DirectoryReply) => replies.push(reply), onmessage: null });
      await import('./directory.worker');
      const page = self as unknown as { onmessage: (event: { data: DirectoryRequest }) => void };
      page.onmessage({
        data: { type: 'load', json: asBytes(headOf(inPieces.head)), url: HEAD_URL, search: '', whole: true },
      });
      await vi.waitFor(() => expect(replies).toEqual([{ type: 'pieces', state: 'failed' }]));
      expect(fetched.every((address) => address.startsWith('https://partners.example/'))).toBe(true);
    },
  );
});
