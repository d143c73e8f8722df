/**
 * A stand-in for the CRM webhooks the forms post to: it records what arrives
 * and answers as told. Pages are routed to it from the endpoint in settings.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';

export interface Received {
  contentType: string;
  body: string;
}

async function read(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
}

export async function startReceiver() {
  const state = { received: [] as Received[], answerWith: 201 };
  const server = createServer(async (request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Accept');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    state.received.push({ contentType: request.headers['content-type'] ?? '', body: await read(request) });
    response.writeHead(state.answerWith, { 'Content-Type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    state,
    /** Forgets what arrived and answers 201 again. */
    reset() {
      state.received = [];
      state.answerWith = 201;
    },
    /** Sends what the page posts to `endpoint` on to the receiver, or fails the connection. */
    async route(page: Page, endpoint: string, fail = false) {
      await page.route(`${endpoint}**`, async (route) => {
        if (fail) return route.abort('connectionrefused');
        return route.fulfill({ response: await route.fetch({ url }) });
      });
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
