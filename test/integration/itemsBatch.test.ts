// Batch creation (all or nothing) and Idempotency-Key semantics, through the
// real gateway, counting what DynamoDB Local holds afterwards.
import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { documentClient, TABLE_NAME, withToken } from '../support/http.js';
import { tokenFor } from '../support/tokens.js';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
const db = documentClient(inject('dynamodbEndpoint'));

async function newCaller() {
  const sub = `batch-${randomUUID()}`;
  return { sub, call: withToken(await tokenFor(dataDir, { sub })) };
}

async function liveItems(sub: string): Promise<number> {
  const out = await db.send(
    new QueryCommand({
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :live)',
      ExpressionAttributeValues: { ':pk': `OWNER#${sub}`, ':live': 'ITEM#' },
      Select: 'COUNT',
      ConsistentRead: true,
    }),
  );
  return out.Count ?? 0;
}

const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Entry ${i}`, tags: [`n${i}`] }));

describe('createItems', () => {
  it.each([1, 25])('creates %i items in one go, in order', async (n) => {
    const { sub, call } = await newCaller();

    const res = await call(baseUrl, 'POST', '/items/batch', { json: { items: entries(n) } });

    expect(res.status).toBe(201);
    expect(res.body.items.map((i: { name: string }) => i.name)).toEqual(entries(n).map((e) => e.name));
    expect(await liveItems(sub)).toBe(n);
  });

  it.each([0, 26])('refuses %i entries with a 400 and writes nothing', async (n) => {
    const { sub, call } = await newCaller();

    const res = await call(baseUrl, 'POST', '/items/batch', { json: { items: entries(n) } });

    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: '/body/items' })]);
    expect(await liveItems(sub)).toBe(0);
  });

  it('names the index of each invalid entry, and writes none of the valid ones', async () => {
    const { sub, call } = await newCaller();
    const items = entries(10);
    items[3] = { name: '', tags: [] };
    items[7] = { name: 'ok', tags: ['dup', 'dup'] };

    const res = await call(baseUrl, 'POST', '/items/batch', { json: { items } });

    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['/body/items/3/name', '/body/items/7/tags']);
    expect(await liveItems(sub)).toBe(0);
  });
});

describe('Idempotency-Key', () => {
  it('replays the first response for a retry with the same key and body, writing once', async () => {
    const { sub, call } = await newCaller();
    const key = randomUUID();
    const headers = { 'idempotency-key': key };

    const first = await call(baseUrl, 'POST', '/items', { json: { name: 'Once', tags: ['a'] }, headers });
    const retry = await call(baseUrl, 'POST', '/items', {
      body: '{"tags":["a"],"name":"Once"}',
      headers: { ...headers, 'content-type': 'application/json' },
    });

    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('location')).toBe(first.headers.get('location'));
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await liveItems(sub)).toBe(1);
  });

  it('answers 422 to the same key with another body, writing nothing more', async () => {
    const { sub, call } = await newCaller();
    const headers = { 'idempotency-key': randomUUID() };
    await call(baseUrl, 'POST', '/items', { json: { name: 'First' }, headers });

    const res = await call(baseUrl, 'POST', '/items', { json: { name: 'Second' }, headers });

    expect(res.status).toBe(422);
    expect(res.body.type).toBe('urn:problem:idempotency-key-reused');
    expect(await liveItems(sub)).toBe(1);
  });

  it('writes once when the same key arrives many times at once', async () => {
    const { sub, call } = await newCaller();
    const headers = { 'idempotency-key': randomUUID() };

    const replies = await Promise.all(
      Array.from({ length: 8 }, () => call(baseUrl, 'POST', '/items', { json: { name: 'Racing' }, headers })),
    );

    expect(new Set(replies.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(replies.map((r) => r.body.itemId)).size).toBe(1);
    expect(await liveItems(sub)).toBe(1);
  });

  it('keeps keys per caller', async () => {
    const alice = await newCaller();
    const bob = await newCaller();
    const headers = { 'idempotency-key': 'shared-key' };

    const a = await alice.call(baseUrl, 'POST', '/items', { json: { name: 'Mine' }, headers });
    const b = await bob.call(baseUrl, 'POST', '/items', { json: { name: 'Also mine' }, headers });

    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.itemId).not.toBe(b.body.itemId);
  });

  it('makes batches replay-safe too', async () => {
    const { sub, call } = await newCaller();
    const headers = { 'idempotency-key': randomUUID() };

    const first = await call(baseUrl, 'POST', '/items/batch', { json: { items: entries(3) }, headers });
    const retry = await call(baseUrl, 'POST', '/items/batch', { json: { items: entries(3) }, headers });
    const other = await call(baseUrl, 'POST', '/items/batch', { json: { items: entries(2) }, headers });

    expect(retry.body).toEqual(first.body);
    expect(other.status).toBe(422);
    expect(await liveItems(sub)).toBe(3);
  });

  it('rejects a key with spaces or over 255 characters', async () => {
    const { call } = await newCaller();

    const spaced = await call(baseUrl, 'POST', '/items', {
      json: { name: 'x' },
      headers: { 'idempotency-key': 'a b' },
    });
    const long = await call(baseUrl, 'POST', '/items', {
      json: { name: 'x' },
      headers: { 'idempotency-key': 'k'.repeat(256) },
    });

    expect([spaced.status, long.status]).toEqual([400, 400]);
  });
});
