// A publisher that fails once, on one event, behind the real consumer and a runner of this test's
// own on the table's stream: the failed record is retried, and the events before it are not
// published again; each event id is published once.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { afterAll, expect, inject, it } from 'vitest';
import { createStreamConsumer } from '../../src/events/consumer.js';
import type { DomainEvent } from '../../src/events/domainEvent.js';
import { streamFilterPatterns } from '../../src/events/streamFilters.js';
import { ensureStream } from '../../src/local/bootstrap.js';
import { fileCheckpoints } from '../../src/local/events/checkpoints.js';
import { failureDestination } from '../../src/local/events/localDestinations.js';
import { runStream } from '../../src/local/events/streamRunner.js';
import { TABLE_NAME, withToken } from '../support/http.js';
import { tokenFor } from '../support/tokens.js';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
const config = {
  region: 'us-east-1',
  endpoint: inject('dynamodbEndpoint'),
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};
const tables = new DynamoDBClient(config);
const streams = new DynamoDBStreamsClient(config);
afterAll(() => {
  tables.destroy();
  streams.destroy();
});

it('retries from the record whose publish failed, without publishing the ones before it again', async () => {
  const sub = `retry-${randomUUID()}`;
  const call = withToken(await tokenFor(dataDir, { sub }));
  const published: DomainEvent[] = [];
  const offered: string[] = [];
  let failOnce = true;
  const publisher = {
    async publish(events: readonly DomainEvent[]) {
      for (const event of events) {
        if (event.detail.caller !== sub) continue; // other tests' writes share the stream
        offered.push(event.type);
        if (event.type === 'ItemUpdated' && failOnce) {
          failOnce = false;
          throw new Error('the bus refused the entry');
        }
        published.push(event);
      }
    },
  };
  const streamArn = await ensureStream(tables, TABLE_NAME);
  const dir = mkdtempSync(join(tmpdir(), 'events-retry-'));
  const runner = runStream({
    streams,
    streamArn,
    region: 'us-east-1',
    filters: streamFilterPatterns,
    checkpoints: fileCheckpoints(join(dir, 'checkpoints.json'), streamArn),
    startAt: 'LATEST',
    handler: createStreamConsumer({ publisher, logger: { error: () => {}, debug: () => {} } }),
    policy: { maxRetries: 3, bisect: true, backoffMs: () => 20 },
    onFailure: failureDestination(join(dir, 'failures.jsonl'), streamArn),
    pollMs: 50,
  });
  try {
    await runner.started;
    const created = await call(baseUrl, 'POST', '/items', { json: { name: 'Retry me' } });
    const path = `/items/${created.body.itemId}`;
    await call(baseUrl, 'PUT', path, { json: { name: 'Retried' }, headers: { 'if-match': '"1"' } });
    await call(baseUrl, 'DELETE', path);
    const deadline = Date.now() + 20_000;
    while (published.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  } finally {
    await runner.stop();
  }

  expect(offered).toEqual(['ItemCreated', 'ItemUpdated', 'ItemUpdated', 'ItemTrashed']);
  expect(published.map((e) => e.type)).toEqual(['ItemCreated', 'ItemUpdated', 'ItemTrashed']);
  expect(new Set(published.map((e) => e.id)).size).toBe(3);
});
