/**
 * Pages of a Chromium of their own, driven over the DevTools protocol with nothing else attached, as a visitor's
 * browser runs them: what the benchmarks time.
 *
 * Playwright attaches to every worker a page starts, holds it until it has attached, and follows its requests through
 * the inspector. The directory's worker then starts later and reads the later pieces' bytes through the inspector: on
 * one 100,000-partner build, fresh pages of each in turn showed the first results p50 629 ms after the data under
 * Playwright and 448 ms here (8 loads each), and the benchmark's keys typed while the later pieces loaded waited p95
 * 860 ms under Playwright and 184 ms here.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.ts';

interface Reply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export interface VisitorPage {
  goto(url: string): Promise<void>;
  /** Runs `fn` with `arg` in the page and returns what it returns (JSON values only). */
  evaluate<A, T>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Waits until an element matches `selector`, and returns the page's clock when it first did. */
  waitFor(selector: string, timeoutMs?: number): Promise<number>;
  /** Types `text` one key at a time, `delayMs` apart, into the focused element. */
  type(text: string, delayMs?: number): Promise<void>;
  press(key: 'Backspace'): Promise<void>;
  /** Focuses the first element matching `selector`. */
  focus(selector: string): Promise<void>;
  close(): Promise<void>;
}

export interface VisitorBrowser {
  /** A page in a fresh profile (no cache, no storage), with `init` run in every document before its own scripts. */
  newPage(options: { width: number; height: number; init?: () => void }): Promise<VisitorPage>;
  close(): Promise<void>;
}

export async function launchVisitorBrowser(): Promise<VisitorBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'visitor-'));
  const chromium = spawn(
    findChromium() ?? '/usr/bin/chromium',
    [
      ...CHROMIUM_ARGS,
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      // Every page runs as the one in front, as Playwright's do: a page in a context of its own is otherwise a
      // window out of view, whose renderer and timers the browser slows down.
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--disable-background-timer-throttling',
      // Each page opens a window of its own, and each new window builds its address bar's suggestion panel
      // (chrome://omnibox-popup.top-chrome, a page of the browser's own, in a renderer of its own) while the
      // measured page loads: traced on a 10,000-partner build, some 1.2 s of work on one of the machine's two cores
      // within the first 1.5 s. A visitor's window has built it before they open the directory. Without it, the
      // first results came p50 287 and 331 ms after the data in two runs of 11 loads, against 473 and 545 ms with it.
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const address = await new Promise<string>((found, failed) => {
    let said = '';
    chromium.stderr.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(said);
      if (match?.[1]) found(match[1]);
    });
    chromium.once('exit', (code) => failed(new Error(`Chromium exited (${code}) before it listened:\n${said}`)));
  });
  const socket = new WebSocket(address);
  await new Promise((open) => socket.addEventListener('open', open, { once: true }));
  let lastId = 0;
  const waiting = new Map<number, (reply: Reply) => void>();
  socket.addEventListener('message', (event) => {
    const reply = JSON.parse(String(event.data)) as Reply;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  async function send<T = Record<string, unknown>>(method: string, params = {}, sessionId?: string): Promise<T> {
    const id = (lastId += 1);
    const reply = await new Promise<Reply>((answered) => {
      waiting.set(id, answered);
      socket.send(JSON.stringify({ id, method, params, sessionId }));
    });
    waiting.delete(id);
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result as T;
  }

  async function newPage({ width, height, init }: { width: number; height: number; init?: () => void }) {
    const { browserContextId } = await send<{ browserContextId: string }>('Target.createBrowserContext');
    const { targetId } = await send<{ targetId: string }>('Target.createTarget', {
      url: 'about:blank',
      browserContextId,
    });
    const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    const on = <T = Record<string, unknown>>(method: string, params = {}) => send<T>(method, params, sessionId);
    await on('Page.enable');
    await on('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
    await on('Emulation.setFocusEmulationEnabled', { enabled: true });
    if (init) await on('Page.addScriptToEvaluateOnNewDocument', { source: `(${init.toString()})()` });

    async function evaluate<A, T>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
      const { result, exceptionDetails } = await on<{
        result: { value: T };
        exceptionDetails?: { exception?: { description?: string }; text: string };
      }>('Runtime.evaluate', {
        expression: `(${fn.toString()})(${JSON.stringify(arg ?? null)})`,
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    }
    const key = async (params: Record<string, unknown>) => {
      await on('Input.dispatchKeyEvent', { type: 'keyDown', ...params });
      await on('Input.dispatchKeyEvent', { type: 'keyUp', key: params.key, code: params.code });
    };
    return {
      async goto(url: string) {
        let listener: (event: MessageEvent) => void = () => {};
        const loaded = new Promise<void>((done) => {
          listener = (event) => {
            const message = JSON.parse(String(event.data)) as { method?: string; sessionId?: string };
            if (message.method === 'Page.loadEventFired' && message.sessionId === sessionId) done();
          };
          socket.addEventListener('message', listener);
        });
        try {
          const { errorText } = await on<{ errorText?: string }>('Page.navigate', { url });
          if (errorText) throw new Error(`${url}: ${errorText}`);
          await loaded;
        } finally {
          socket.removeEventListener('message', listener);
        }
      },
      evaluate,
      async waitFor(selector: string, timeoutMs = 60_000) {
        const seen = await evaluate(
          ({ selector, timeoutMs }) =>
            new Promise<number | null>((found) => {
              const check = () => {
                if (!document.querySelector(selector)) return false;
                observer.disconnect();
                clearTimeout(timer);
                found(performance.now());
                return true;
              };
              const observer = new MutationObserver(check);
              const timer = setTimeout(() => {
                observer.disconnect();
                found(null);
              }, timeoutMs);
              if (!check()) observer.observe(document, { subtree: true, childList: true, attributes: true });
            }),
          { selector, timeoutMs },
        );
        if (seen === null) throw new Error(`Nothing matched ${selector} within ${timeoutMs} ms`);
        return seen;
      },
      async type(text: string, delayMs = 0) {
        for (const letter of text) {
          await key({ key: letter, text: letter, unmodifiedText: letter });
          if (delayMs > 0) await sleep(delayMs);
        }
      },
      press: (name: 'Backspace') => key({ key: name, code: name, windowsVirtualKeyCode: 8 }),
      focus: (selector: string) =>
        evaluate((selector) => (document.querySelector(selector) as HTMLElement | null)?.focus(), selector),
      close: () => send('Target.disposeBrowserContext', { browserContextId }).then(() => undefined),
    };
  }

  return {
    newPage,
    async close() {
      socket.close();
      if (chromium.exitCode === null && chromium.signalCode === null) {
        const exited = new Promise((done) => chromium.once('exit', done));
        chromium.kill();
        await exited;
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
