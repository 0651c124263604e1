// The three ways `npm start` delivers events, on a stage of its own: GET /_events (server-sent
// events), the log in the data dir and EVENTS_URL, each with the same events in the same order.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from '../support/gateway.js';
import { withToken } from '../support/http.js';
import { tokenFor } from '../support/tokens.js';

let gateway: RunningGateway;
let receiver: Server;
const received: { id: string; type: string }[] = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((ok) => receiver.listen(0, '127.0.0.1', ok));
  const eventsUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  gateway = await startGateway({ EVENTS_URL: eventsUrl });
});

afterAll(async () => {
  await gateway?.stop();
  receiver?.close();
});

it('delivers the same events, in order, on GET /_events, in the log and to EVENTS_URL', async () => {
  const call = withToken(await tokenFor(gateway.dataDir, { sub: `delivery-${randomUUID()}` }));
  const stream = new AbortController();
  const sse = await fetch(`${gateway.baseUrl}/_events`, { signal: stream.signal });
  const reader = (sse.body as ReadableStream<Uint8Array>).getReader();
  let text = '';
  const sseIds = () => [...text.matchAll(/^id: (.*)$/gm)].map((m) => m[1]);

  const created = await call(gateway.baseUrl, 'POST', '/items', { json: { name: 'Delivered' } });
  await call(gateway.baseUrl, 'PUT', `/items/${created.body.itemId}`, {
    json: { name: 'Delivered twice over' },
    headers: { 'if-match': '"1"' },
  });
  const deadline = Date.now() + 20_000;
  // One read outstanding at a time, so that no chunk is dropped by a timed-out wait.
  let pending = reader.read();
  while ((sseIds().length < 2 || received.length < 2) && Date.now() < deadline) {
    const chunk = await Promise.race([pending, new Promise<undefined>((r) => setTimeout(() => r(undefined), 100))]);
    if (chunk === undefined) continue;
    if (chunk.value) text += new TextDecoder().decode(chunk.value);
    if (chunk.done) break;
    pending = reader.read();
  }
  stream.abort();
  const logged = readFileSync(join(gateway.dataDir, 'events', 'events.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

  expect(sse.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  expect(logged.map((e) => e.type)).toEqual(['ItemCreated', 'ItemUpdated']);
  expect(sseIds()).toEqual(logged.map((e) => e.id));
  expect(received).toEqual(logged);
  expect(gateway.output()).toContain(`events: curl -N ${gateway.baseUrl}/_events`);
});
