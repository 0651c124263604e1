// Domain events of the local stage, end to end: writes through the API, the table's stream on
// DynamoDB Local, the same consumer as in AWS, and the event log in the data dir. Each test
// asserts the exact events of its own resources, in order, with their correlation ids. (A poison
// record is written in eventsDelivery.test.ts, on a stage of its own: other stages share this table.)
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { documentClient, TABLE_NAME, uniqueEmail, withToken } from '../support/http.js';
import { adminToken, tokenFor } from '../support/tokens.js';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
const db = documentClient(inject('dynamodbEndpoint'));
const logFile = join(dataDir, 'events', 'events.jsonl');

interface LoggedEvent {
  id: string;
  type: string;
  time: string;
  detail: {
    resource: Record<string, unknown> & { itemId?: string; userId?: string; version: number };
    owner?: string;
    version?: number;
    caller?: string;
    correlationId?: string;
    changes?: string[];
  };
}

const lines = (file: string) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];

/** The logged events `which` keeps, once there are at least `count` of them (short polls, bounded). */
async function eventsOf(which: (e: LoggedEvent) => boolean, count: number, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (lines(logFile) as LoggedEvent[]).filter(which);
    if (found.length >= count || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
}
const ofItem = (itemId: string) => (e: LoggedEvent) => e.detail.resource.itemId === itemId;
const ofUser = (userId: string) => (e: LoggedEvent) => e.detail.resource.userId === userId;

/** A caller of its own and a request helper that sends a fresh correlation id each time and returns it. */
async function newCaller() {
  const sub = `events-${randomUUID()}`;
  const call = withToken(await tokenFor(dataDir, { sub }));
  const send = async (
    method: string,
    path: string,
    options: { json?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const correlationId = `evt-${randomUUID()}`;
    const res = await call(baseUrl, method, path, {
      ...options,
      headers: { 'x-correlation-id': correlationId, ...options.headers },
    });
    return { ...res, correlationId };
  };
  return { sub, send };
}

describe('item events', () => {
  it('publishes created, updated, trashed, restored and updated again, in order, with each request’s correlation id', async () => {
    const { sub, send } = await newCaller();
    const created = await send('POST', '/items', { json: { name: 'Lamp' } });
    const path = `/items/${created.body.itemId}`;
    const updated = await send('PUT', path, { json: { name: 'Desk lamp' }, headers: { 'if-match': '"1"' } });
    const trashed = await send('DELETE', path);
    const restored = await send('POST', `${path}/restore`);
    const again = await send('PUT', path, { json: { name: 'Lamp', tags: ['desk'] }, headers: { 'if-match': '"4"' } });
    expect([created, updated, trashed, restored, again].map((r) => r.status)).toEqual([201, 200, 204, 200, 200]);

    const events = await eventsOf(ofItem(created.body.itemId), 5);

    expect(events.map((e) => [e.type, e.detail.version, e.detail.correlationId])).toEqual([
      ['ItemCreated', 1, created.correlationId],
      ['ItemUpdated', 2, updated.correlationId],
      ['ItemTrashed', 3, trashed.correlationId],
      ['ItemRestored', 4, restored.correlationId],
      ['ItemUpdated', 5, again.correlationId],
    ]);
    expect(events.every((e) => e.detail.caller === sub && e.detail.owner === sub)).toBe(true);
    expect(events[1]?.detail.changes).toEqual(['name']);
    expect(events[4]?.detail.resource).toEqual(again.body);
    expect(events[0]?.detail.resource).not.toHaveProperty('pk');
    expect(new Set(events.map((e) => e.id)).size).toBe(5);
  });

  it('publishes nothing for a refused write (412 on a stale If-Match)', async () => {
    const { send } = await newCaller();
    const created = await send('POST', '/items', { json: { name: 'Chair' } });
    const path = `/items/${created.body.itemId}`;

    const stale = await send('PUT', path, { json: { name: 'Stool' }, headers: { 'if-match': '"9"' } });
    // A later write that succeeds: once its event is in, any event of the refused one would be too.
    const marker = await send('PUT', path, { json: { name: 'Armchair' }, headers: { 'if-match': '"1"' } });
    const events = await eventsOf(ofItem(created.body.itemId), 2);

    expect(stale.status).toBe(412);
    expect(events.map((e) => [e.type, e.detail.correlationId])).toEqual([
      ['ItemCreated', created.correlationId],
      ['ItemUpdated', marker.correlationId],
    ]);
  });

  it('gives 20 parallel updates of one item events whose versions strictly increase, one per accepted update', async () => {
    const { send } = await newCaller();
    const created = await send('POST', '/items', { json: { name: 'Counter' } });
    const path = `/items/${created.body.itemId}`;

    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        send('PUT', path, { json: { name: `n${i}` }, headers: { 'if-match': '*' } }),
      ),
    );
    const accepted = replies.filter((r) => r.status === 200);
    const events = await eventsOf(ofItem(created.body.itemId), 1 + accepted.length);

    expect(accepted.length).toBeGreaterThan(0);
    const versions = events.map((e) => e.detail.version as number);
    expect(versions).toEqual(Array.from({ length: 1 + accepted.length }, (_, i) => i + 1));
    expect(
      events
        .slice(1)
        .map((e) => e.detail.correlationId)
        .sort(),
    ).toEqual(accepted.map((r) => r.correlationId).sort());
  });

  it('publishes ItemPurged, without caller or correlation id, when the trash expires (TTL)', async () => {
    const { sub, send } = await newCaller();
    const created = await send('POST', '/items', { json: { name: 'Old' } });
    await send('DELETE', `/items/${created.body.itemId}`);
    await db.send(
      new UpdateCommand({
        TableName: TABLE_NAME,
        Key: { pk: `OWNER#${sub}`, sk: `TRASH#${created.body.itemId}` },
        UpdateExpression: 'SET expiresAt = :past',
        ExpressionAttributeValues: { ':past': Math.floor(Date.now() / 1000) - 1 },
      }),
    );

    const events = await eventsOf(ofItem(created.body.itemId), 3);

    expect(events.map((e) => [e.type, e.detail.version])).toEqual([
      ['ItemCreated', 1],
      ['ItemTrashed', 2],
      ['ItemPurged', 3],
    ]);
    expect(events[2]?.detail).not.toHaveProperty('caller');
    expect(events[2]?.detail).not.toHaveProperty('correlationId');
    expect(events[2]?.detail.owner).toBe(sub);
  });
});

describe('user events', () => {
  it('publishes created, updated (with what changed) and deleted, and nothing for a 409', async () => {
    const admin = withToken(await adminToken(dataDir));
    const send = async (method: string, path: string, json?: unknown, headers: Record<string, string> = {}) => {
      const correlationId = `evt-${randomUUID()}`;
      const res = await admin(baseUrl, method, path, {
        ...(json === undefined ? {} : { json }),
        headers: { 'x-correlation-id': correlationId, ...headers },
      });
      return { ...res, correlationId };
    };
    const email = uniqueEmail('events');
    const created = await send('POST', '/users', { name: 'Ada', email });
    const clash = await send('POST', '/users', { name: 'Other Ada', email });
    const path = `/users/${created.body.userId}`;
    const updated = await send('PUT', path, { name: 'Ada L.', email }, { 'if-match': '"1"' });
    const deleted = await send('DELETE', path);

    const events = await eventsOf(ofUser(created.body.userId), 3);

    expect([created.status, clash.status, updated.status, deleted.status]).toEqual([201, 409, 200, 204]);
    expect(events.map((e) => [e.type, e.detail.correlationId])).toEqual([
      ['UserCreated', created.correlationId],
      ['UserUpdated', updated.correlationId],
      ['UserDeleted', deleted.correlationId],
    ]);
    expect(events[1]?.detail.changes).toEqual(['name']);
    expect(events[0]?.detail.resource).toEqual(created.body);
    expect((lines(logFile) as LoggedEvent[]).filter((e) => e.detail.correlationId === clash.correlationId)).toEqual([]);
  });
});
