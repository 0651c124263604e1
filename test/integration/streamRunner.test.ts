// The local stream runner against DynamoDB Local's real stream (a table of its own): records
// reach the handler once, in order, in Lambda's shape, filtered; a restart resumes where it
// stopped; a poison record ends in the failure file; a TTL purge arrives as the service's REMOVE.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { DeleteCommand, DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ensureStream } from '../../src/local/bootstrap.js';
import { fileCheckpoints } from '../../src/local/events/checkpoints.js';
import { failureDestination } from '../../src/local/events/localDestinations.js';
import { runStream, type StreamRunner } from '../../src/local/events/streamRunner.js';
import { startTtlSweeper } from '../../src/local/events/ttlSweeper.js';
import { createTableInput } from '../../src/store/table.js';

const config = {
  region: 'us-east-1',
  endpoint: inject('dynamodbEndpoint'),
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};
const tables = new DynamoDBClient(config);
const db = DynamoDBDocumentClient.from(tables);
const streams = new DynamoDBStreamsClient(config);
const runners: StreamRunner[] = [];
afterAll(async () => {
  await Promise.all(runners.map((r) => r.stop()));
});

/** A table of this test's own, made without a stream the way an earlier version's data dir has it. */
async function tableWithStream() {
  const name = `stream-runner-${randomUUID().slice(0, 8)}`;
  await tables.send(new CreateTableCommand(createTableInput(name)));
  const streamArn = await ensureStream(tables, name);
  return { name, streamArn, dir: mkdtempSync(join(tmpdir(), 'stream-runner-')) };
}

/** Runs the stream of `table` into `handler`, with only items' records let through. */
function start(
  table: Awaited<ReturnType<typeof tableWithStream>>,
  handler: (e: DynamoDBStreamEvent) => unknown,
  sweptByTtl?: (keys: Record<string, unknown> | undefined) => boolean,
) {
  const runner = runStream({
    streams,
    streamArn: table.streamArn,
    region: 'us-east-1',
    filters: [{ dynamodb: { Keys: { sk: { S: [{ prefix: 'ITEM#' }] } } } }],
    checkpoints: fileCheckpoints(join(table.dir, 'checkpoints.json'), table.streamArn),
    handler: async (event) => (await handler(event)) as undefined,
    policy: { maxRetries: 1, bisect: true, backoffMs: () => 10 },
    onFailure: failureDestination(join(table.dir, 'failures.jsonl'), table.streamArn),
    pollMs: 50,
    ...(sweptByTtl && { sweptByTtl }),
  });
  runners.push(runner);
  return runner;
}

async function until<T>(what: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = what();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const put = (table: string, sk: string, extra: Record<string, unknown> = {}) =>
  db.send(new PutCommand({ TableName: table, Item: { pk: 'OWNER#x', sk, ...extra } }));
const skOf = (r: DynamoDBRecord) => r.dynamodb?.Keys?.sk?.S;

describe('runStream', () => {
  it('delivers each matching record once, in order, in the shape Lambda gives, and resumes after a restart', async () => {
    const table = await tableWithStream();
    const got: DynamoDBRecord[] = [];
    const first = start(table, ({ Records }) => got.push(...Records));

    await put(table.name, 'ITEM#1', { name: 'a' });
    await put(table.name, 'GUARD#1'); // filtered out: never reaches the handler
    await put(table.name, 'ITEM#1', { name: 'b' });
    await db.send(new DeleteCommand({ TableName: table.name, Key: { pk: 'OWNER#x', sk: 'ITEM#1' } }));
    await until(() => (got.length >= 3 ? true : undefined));
    await first.stop();
    await put(table.name, 'ITEM#2'); // while stopped
    const second = start(table, ({ Records }) => got.push(...Records));
    await until(() => (got.length >= 4 ? true : undefined));
    await put(table.name, 'ITEM#3');
    await until(() => (got.length >= 5 ? true : undefined));
    await second.stop();

    expect(got.map((r) => [r.eventName, skOf(r)])).toEqual([
      ['INSERT', 'ITEM#1'],
      ['MODIFY', 'ITEM#1'],
      ['REMOVE', 'ITEM#1'],
      ['INSERT', 'ITEM#2'],
      ['INSERT', 'ITEM#3'],
    ]);
    expect(new Set(got.map((r) => r.eventID)).size).toBe(5);
    const sequence = got.map((r) => BigInt(r.dynamodb?.SequenceNumber as string));
    expect(sequence).toEqual([...sequence].sort((a, b) => (a < b ? -1 : 1)));
    expect(got[1]).toMatchObject({
      eventName: 'MODIFY',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'us-east-1',
      eventSourceARN: table.streamArn,
      dynamodb: {
        Keys: { pk: { S: 'OWNER#x' }, sk: { S: 'ITEM#1' } },
        NewImage: { name: { S: 'b' } },
        OldImage: { name: { S: 'a' } },
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    });
    expect(typeof got[1]?.dynamodb?.ApproximateCreationDateTime).toBe('number');
    expect(got[1]?.dynamodb?.SizeBytes).toBeGreaterThan(0);
  });

  it('sends a record the handler always refuses to the failure file and delivers the ones around it once', async () => {
    const table = await tableWithStream();
    const accepted: string[] = [];
    const runner = start(table, ({ Records }) => {
      for (const record of Records) {
        if (skOf(record) === 'ITEM#poison')
          return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber }] };
        accepted.push(skOf(record) as string);
      }
      return { batchItemFailures: [] };
    });
    const failures = join(table.dir, 'failures.jsonl');

    for (const sk of ['ITEM#1', 'ITEM#poison', 'ITEM#2']) await put(table.name, sk);
    await until(() => (accepted.length >= 2 && existsSync(failures) ? true : undefined));
    await runner.stop();

    expect(accepted).toEqual(['ITEM#1', 'ITEM#2']);
    const lines = readFileSync(failures, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      requestContext: { condition: 'RetryAttemptsExhausted', approximateInvokeCount: 2 },
      DDBStreamBatchInfo: { batchSize: 1, streamArn: table.streamArn },
      records: [{ eventName: 'INSERT', dynamodb: { Keys: { sk: { S: 'ITEM#poison' } } } }],
    });
  });

  it('delivers a TTL purge as a REMOVE by the DynamoDB service, and a delete by the API as a plain REMOVE', async () => {
    const table = await tableWithStream();
    const sweeper = startTtlSweeper({
      client: tables,
      tableName: table.name,
      attribute: 'expiresAt',
      keyNames: ['pk', 'sk'],
      intervalMs: 200,
    });
    const got: DynamoDBRecord[] = [];
    const runner = start(table, ({ Records }) => got.push(...Records), sweeper.claim);

    // Left out of the table's index, as the trash is: DynamoDB Local would never expire it.
    await put(table.name, 'ITEM#old', { expiresAt: Math.floor(Date.now() / 1000) - 60 });
    await put(table.name, 'ITEM#later', { expiresAt: Math.floor(Date.now() / 1000) + 3600 });
    await db.send(new DeleteCommand({ TableName: table.name, Key: { pk: 'OWNER#x', sk: 'ITEM#later' } }));
    await until(() => (got.filter((r) => r.eventName === 'REMOVE').length >= 2 ? true : undefined));
    sweeper.stop();
    await runner.stop();

    const removes = got.filter((r) => r.eventName === 'REMOVE');
    expect(removes.map((r) => [skOf(r), r.userIdentity])).toEqual(
      expect.arrayContaining([
        ['ITEM#later', undefined],
        ['ITEM#old', { type: 'Service', principalId: 'dynamodb.amazonaws.com' }],
      ]),
    );
  });
});
