// The three ways `npm start` delivers events, on a stage of its own: GET /_events (server-sent
// events), the log in the data dir and EVENTS_URL, each with the same events in the same order;
// and a poison record, written here because no other stage reads this table.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from '../support/gateway.js';
import { documentClient, TABLE_NAME, withToken } from '../support/http.js';
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
  pending.catch(() => {}); // the read still outstanding ends with the abort
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

it('sends a record the consumer cannot read to the failure file and goes on with the next ones', async () => {
  const sub = `poison-${randomUUID()}`;
  const call = withToken(await tokenFor(gateway.dataDir, { sub }));
  const endpoint = /DynamoDB Local on (http:\/\/127\.0\.0\.1:\d+)/.exec(gateway.output())?.[1] as string;
  const poisonId = randomUUID();
  // Written behind the API's back, on this stage's own table: an item that breaks the contract.
  await documentClient(endpoint).send(
    new PutCommand({
      TableName: TABLE_NAME,
      Item: { pk: `OWNER#${sub}`, sk: `ITEM#${poisonId}`, type: 'item', itemId: poisonId, name: 42, version: 1 },
    }),
  );
  const after = await call(gateway.baseUrl, 'POST', '/items', { json: { name: 'After the poison' } });
  const files = {
    log: join(gateway.dataDir, 'events', 'events.jsonl'),
    failures: join(gateway.dataDir, 'events', 'failures.jsonl'),
  };
  const read = (file: string) =>
    existsSync(file)
      ? readFileSync(file, 'utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line))
      : [];
  const deadline = Date.now() + 20_000;
  const afterLogged = () => read(files.log).some((e) => e.detail.resource.itemId === after.body.itemId);
  while (!(afterLogged() && existsSync(files.failures)) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));

  const failed = read(files.failures);
  expect(afterLogged()).toBe(true);
  expect(failed).toHaveLength(1);
  expect(failed[0]).toMatchObject({
    requestContext: { condition: 'RetryAttemptsExhausted', approximateInvokeCount: 4 },
    DDBStreamBatchInfo: { batchSize: 1 },
    records: [{ eventName: 'INSERT', dynamodb: { Keys: { sk: { S: `ITEM#${poisonId}` } } } }],
  });
  expect(read(files.log).some((e) => e.detail.resource.itemId === poisonId)).toBe(false);
});
