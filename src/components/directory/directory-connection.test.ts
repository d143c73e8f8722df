import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectDirectory, startScript } from './directory-connection';
import type { DirectoryReply } from './directory.worker';

/** A stand-in for a module worker: what it was started with, what it was sent, and a way to make it reply. */
class FakeWorker {
  static started: FakeWorker[] = [];
  sent: { message: unknown; transfer?: unknown[] | undefined }[] = [];
  terminated = false;
  onmessage: ((event: { data: DirectoryReply }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(
    readonly url: string,
    readonly options: unknown,
  ) {
    FakeWorker.started.push(this);
  }
  postMessage(message: unknown, transfer?: unknown[]) {
    this.sent.push({ message, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: DirectoryReply) {
    this.onmessage?.({ data });
  }
}

const WORKER = '/_astro/directory.worker-abc.js';
const DATA = '/partners/directory.json';
const ready: DirectoryReply = { type: 'ready', facets: {} as never, cities: [] };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

type Page = typeof globalThis & { partnerDirectory?: Map<string, unknown> };

beforeEach(() => {
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('location', {
    search: '?service=mail-migration',
    href: 'https://partners.example/partners/?service=mail-migration',
  });
  vi.stubGlobal('fetch', async () => new Response(new TextEncoder().encode('{"v":7}')));
});
afterEach(() => {
  vi.unstubAllGlobals();
  performance.clearMarks();
  delete (globalThis as Page).partnerDirectory;
});

describe('the script that starts the directory from the page', () => {
  it('runs on its own: it starts the worker, fetches the data and hands it over with the address', async () => {
    // Evaluated with nothing from this module in reach, as the page's inline script is.
    new Function(startScript(WORKER, DATA))();
    await settle();
    const [worker] = FakeWorker.started;
    expect(worker?.url).toBe(WORKER);
    expect(worker?.options).toEqual({ type: 'module' });
    const [load] = worker?.sent ?? [];
    // With the data's absolute address, which its later pieces' are relative to.
    expect(load?.message).toMatchObject({
      type: 'load',
      url: 'https://partners.example/partners/directory.json',
      search: '?service=mail-migration',
    });
    const { json } = load?.message as { json: ArrayBuffer };
    expect(new TextDecoder().decode(json)).toBe('{"v":7}');
    // Handed over, not copied.
    expect(load?.transfer).toEqual([json]);
    expect([...((globalThis as Page).partnerDirectory?.keys() ?? [])]).toEqual([DATA]);
  });

  it.each([
    '/partners/directory.json</script><script>alert(1)</script>',
    '/partners/</SCRIPT >directory.json',
    '/partners/<!--<script>',
    '/partners/"); alert(1); ("',
    '/partners/\u2028\u2029directory.json',
  ])('cannot be ended or escaped by the address %j', async (address) => {
    const code = startScript(WORKER, address);
    expect(code).not.toMatch(/<\/script|<!--|<script/i);
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response('{}');
    });
    new Function(code)();
    await settle();
    expect(fetched).toEqual([address]);
    expect(FakeWorker.started).toHaveLength(1);
  });

  it('says the data did not load when the server refuses it or the network fails', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    const replies: DirectoryReply[] = [];
    connectDirectory(WORKER, DATA).listen((reply) => replies.push(reply));
    await settle();
    expect(replies).toEqual([{ type: 'failed', message: `Error: ${DATA} answered 404` }]);

    delete (globalThis as Page).partnerDirectory;
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    const later: DirectoryReply[] = [];
    connectDirectory(WORKER, DATA).listen((reply) => later.push(reply));
    await settle();
    expect(later).toEqual([{ type: 'failed', message: 'TypeError: Failed to fetch' }]);
  });

  it('keeps the static list where the browser has no module workers', () => {
    vi.stubGlobal('Worker', function NoModuleWorkers() {
      throw new TypeError('Module scripts are not supported in workers');
    });
    const replies: DirectoryReply[] = [];
    connectDirectory(WORKER, DATA).listen((reply) => replies.push(reply));
    expect(replies).toEqual([{ type: 'failed', message: 'This browser has no module workers' }]);
  });
});

describe('connectDirectory', () => {
  it('picks up the worker the page started, and tells what it said before anyone listened, but no views asked for', async () => {
    new Function(startScript(WORKER, DATA))();
    const [worker] = FakeWorker.started;
    worker?.reply(ready);
    worker?.reply({ type: 'progress', ready: 'words' });
    worker?.reply({ type: 'view', view: {} as never, key: '#24' });
    // The head's answer to the address's search again, once the later pieces could not be had: told again.
    const whole: DirectoryReply = {
      type: 'view',
      view: { answers: '?sort=name' } as never,
      key: '?sort=name#24',
      unasked: true,
    };
    worker?.reply({ type: 'pieces', state: 'failed' });
    worker?.reply(whole);

    expect(performance.getEntriesByName('directory-ready')).toHaveLength(1);
    const connection = connectDirectory(WORKER, DATA);
    expect(FakeWorker.started).toHaveLength(1);
    const replies: DirectoryReply[] = [];
    const stop = connection.listen((reply) => replies.push(reply));
    expect(replies.map((reply) => reply.type)).toEqual(['ready', 'progress', 'pieces', 'view']);
    expect(replies.at(-1)).toBe(whole);
    worker?.reply({ type: 'progress', ready: 'warm' });
    expect(replies.map((reply) => reply.type)).toEqual(['ready', 'progress', 'pieces', 'view', 'progress']);

    const query = { type: 'query', state: {} as never, visible: 24 } as const;
    connection.ask(query);
    expect(worker?.sent.at(-1)?.message).toBe(query);
    connection.painted();
    expect(worker?.sent.at(-1)?.message).toEqual({ type: 'painted' });
    connection.drawn({ state: {} as never, visible: 24 });
    expect(worker?.sent.at(-1)?.message).toEqual({ type: 'drawn', state: {}, visible: 24 });

    // Answers given ahead while the island listens reach it, and are not kept for anyone later: a few come a keystroke.
    const ahead: DirectoryReply = { type: 'view', view: {} as never, key: '?q=ma#24', unasked: true };
    worker?.reply(ahead);
    expect(replies.at(-1)).toBe(ahead);
    stop();
    worker?.reply({ type: 'progress', ready: 'warm' });
    expect(replies).toHaveLength(6);
    const again: DirectoryReply[] = [];
    connection.listen((reply) => again.push(reply));
    expect(again).not.toContain(ahead);
    expect(again).toContain(whole);
  });

  it('starts a worker of its own where the page did not, and a new one once closed', async () => {
    const first = connectDirectory(WORKER, DATA);
    expect(FakeWorker.started).toHaveLength(1);
    expect(connectDirectory(WORKER, DATA)).toBeDefined();
    expect(FakeWorker.started).toHaveLength(1);
    first.close();
    expect(FakeWorker.started[0]?.terminated).toBe(true);
    await settle();
    // The data that arrives after closing is not handed to the ended worker.
    expect(FakeWorker.started[0]?.sent).toEqual([]);
    connectDirectory(WORKER, DATA);
    expect(FakeWorker.started).toHaveLength(2);
  });

  /** A page whose head's worker has asked for the later pieces, with the island listening: both workers, and what it heard. */
  function handingOver() {
    new Function(startScript(WORKER, DATA))();
    const connection = connectDirectory(WORKER, DATA);
    const replies: DirectoryReply[] = [];
    connection.listen((reply) => replies.push(reply));
    const [head] = FakeWorker.started;
    head?.reply(ready);
    const json = new ArrayBuffer(8);
    head?.reply({ type: 'pieces', state: 'loading', json });
    const whole = FakeWorker.started[1];
    return { connection, replies, head, whole, json };
  }
  const asked = (q: string) => ({ type: 'query', state: { q } as never, visible: 24 }) as const;

  it('loads the whole directory in a second worker, on the head’s bytes, while the head answers', () => {
    const { connection, replies, head, whole, json } = handingOver();
    expect(FakeWorker.started).toHaveLength(2);
    expect(whole?.url).toBe(WORKER);
    expect(whole?.sent).toEqual([
      {
        message: {
          type: 'load',
          json,
          url: 'https://partners.example/partners/directory.json',
          search: '?service=mail-migration',
          whole: true,
        },
        transfer: [json],
      },
    ]);
    expect(replies.map((reply) => reply.type)).toEqual(['ready', 'pieces']);
    connection.ask(asked('ma'));
    connection.drawn({ state: {} as never, visible: 24 });
    expect(head?.sent.at(-2)?.message).toEqual(asked('ma'));
    expect(whole?.sent).toHaveLength(1);
    // Asked again for the pieces (a second search past the head): one worker of the whole directory.
    head?.reply({ type: 'pieces', state: 'loading', json: new ArrayBuffer(8) });
    expect(FakeWorker.started).toHaveLength(2);
  });

  it('hands the questions to the whole directory’s worker once it answers everything, asking the last again', () => {
    const { connection, replies, head, whole } = handingOver();
    connection.ask(asked('ma'));
    // The head's answer to it, partial: the whole directory's is asked unasked, to take its place.
    head?.reply({ type: 'view', view: { partial: {} } as never, key: '?q=ma#24' });
    whole?.reply({ type: 'pieces', state: 'loaded' });
    expect(head?.terminated).toBe(true);
    expect(replies.at(-1)).toEqual({ type: 'pieces', state: 'loaded' });
    expect(whole?.sent.at(-1)?.message).toEqual({ ...asked('ma'), unasked: true });

    whole?.reply({ type: 'progress', ready: 'words' });
    expect(replies.at(-1)).toEqual({ type: 'progress', ready: 'words' });
    connection.ask(asked('mai'));
    connection.foresee({ state: {} as never, visible: 24 });
    expect(whole?.sent.slice(-2).map(({ message }) => message)).toEqual([
      asked('mai'),
      { type: 'foresee', state: {}, visible: 24 },
    ]);
    connection.close();
    expect(whole?.terminated).toBe(true);
  });

  it('asks the whole directory’s worker the question the head had not answered yet, as asked', () => {
    const { connection, head, whole } = handingOver();
    connection.ask(asked('ma'));
    whole?.reply({ type: 'pieces', state: 'loaded' });
    expect(head?.terminated).toBe(true);
    expect(whole?.sent.at(-1)?.message).toEqual(asked('ma'));
  });

  it('asks the whole directory’s worker the address’s search, which the head answered with its first results', () => {
    new Function(startScript(WORKER, DATA))();
    const [head] = FakeWorker.started;
    const state = { q: '', sort: 'name' } as never;
    // Before the island listens: it hears both, and the whole directory's worker starts then.
    head?.reply({ ...ready, view: { state, partial: {} } as never });
    head?.reply({ type: 'pieces', state: 'loading', json: new ArrayBuffer(8) });
    const connection = connectDirectory(WORKER, DATA);
    expect(FakeWorker.started).toHaveLength(1);
    connection.listen(() => {});
    const whole = FakeWorker.started[1];
    whole?.reply({ type: 'pieces', state: 'loaded' });
    expect(whole?.sent.at(-1)?.message).toEqual({ type: 'query', state, visible: 24, unasked: true });
  });

  const failures: [string, (whole: FakeWorker) => void][] = [
    ['cannot load the later pieces', (whole) => whole.reply({ type: 'pieces', state: 'failed' })],
    ['cannot read them', (whole) => whole.reply({ type: 'failed', message: 'Unknown directory data format' })],
    ['stops', (whole) => whole.onerror?.()],
  ];
  it.each(failures)('ends the whole directory’s worker where it %s: the head answers on, and says so', (_, fail) => {
    const { connection, replies, head, whole } = handingOver();
    fail(whole as FakeWorker);
    expect(whole?.terminated).toBe(true);
    expect(head?.terminated).toBe(false);
    expect(head?.sent.at(-1)?.message).toEqual({ type: 'pieces', state: 'failed' });
    // The page hears it from the head's worker, which answers the last question again.
    expect(replies.map((reply) => reply.type)).toEqual(['ready', 'pieces']);
    connection.ask(asked('ma'));
    expect(head?.sent.at(-1)?.message).toEqual(asked('ma'));
    // Nothing the ended worker says reaches the page.
    whole?.reply({ type: 'pieces', state: 'loaded' });
    expect(head?.terminated).toBe(false);
    expect(replies).toHaveLength(2);
  });
});
