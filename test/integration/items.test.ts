// Items through the real gateway and DynamoDB Local: ownership, validation,
// paging, conditional updates, trash and restore.
import { randomUUID } from 'node:crypto';
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { documentClient, getItem, TABLE_NAME, withToken } from '../support/http.js';
import { tokenFor } from '../support/tokens.js';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
const db = documentClient(inject('dynamodbEndpoint'));

/** A fresh caller (its own sub, so its own partition) and its HTTP client. */
async function newCaller() {
  const sub = `caller-${randomUUID()}`;
  const call = withToken(await tokenFor(dataDir, { sub }));
  const create = async (json: Record<string, unknown> = { name: 'Thing' }) => {
    const res = await call(baseUrl, 'POST', '/items', { json });
    expect(res.status).toBe(201);
    return res.body as { itemId: string; version: number; createdAt: string };
  };
  return { sub, call, create };
}

async function storedRecords(sub: string) {
  const out = await db.send(
    new QueryCommand({
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `OWNER#${sub}` },
    }),
  );
  return out.Items ?? [];
}

describe('createItem', () => {
  it('creates an item in the caller’s partition with Location and ETag', async () => {
    const { sub, call } = await newCaller();

    const res = await call(baseUrl, 'POST', '/items', {
      json: { name: 'Notebook', description: 'Squared', tags: ['a', 'b'] },
    });

    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/items/${res.body.itemId}`);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({ name: 'Notebook', description: 'Squared', tags: ['a', 'b'], version: 1 });
    expect(res.body.itemId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await getItem(db, `OWNER#${sub}`, `ITEM#${res.body.itemId}`)).toMatchObject({ name: 'Notebook' });
  });

  it.each([
    ['name of 200 characters', { name: 'n'.repeat(200) }, 201],
    ['name of 201 characters', { name: 'n'.repeat(201) }, 400],
    ['empty name', { name: '' }, 400],
    ['whitespace name', { name: '   ' }, 400],
    ['description of 2000 characters', { name: 'x', description: 'd'.repeat(2000) }, 201],
    ['description of 2001 characters', { name: 'x', description: 'd'.repeat(2001) }, 400],
    ['20 tags', { name: 'x', tags: Array.from({ length: 20 }, (_, i) => `t${i}`) }, 201],
    ['21 tags', { name: 'x', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 400],
    ['duplicate tags', { name: 'x', tags: ['a', 'a'] }, 400],
    ['a tag of 51 characters', { name: 'x', tags: ['t'.repeat(51)] }, 400],
    ['a non-string tag', { name: 'x', tags: [1] }, 400],
    ['an unknown property', { name: 'x', owner: 'someone-else' }, 400],
  ])('answers a %s with %i', async (_, json, status) => {
    const { call } = await newCaller();
    const res = await call(baseUrl, 'POST', '/items', { json });
    expect(res.status).toBe(status);
  });
});

describe('ownership', () => {
  it('hides one caller’s items from another with 404s, never 403s', async () => {
    const alice = await newCaller();
    const bob = await newCaller();
    const item = await alice.create();
    const path = `/items/${item.itemId}`;

    const replies = await Promise.all([
      bob.call(baseUrl, 'GET', path),
      bob.call(baseUrl, 'PUT', path, { json: { name: 'Mine now' }, headers: { 'if-match': '"1"' } }),
      bob.call(baseUrl, 'DELETE', path),
      bob.call(baseUrl, 'DELETE', `${path}?permanent=true`),
      bob.call(baseUrl, 'POST', `${path}/restore`),
    ]);
    const bobsList = await bob.call(baseUrl, 'GET', '/items');

    expect(replies.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
    expect(bobsList.body.items).toEqual([]);
    expect((await alice.call(baseUrl, 'GET', path)).body).toMatchObject({ name: 'Thing', version: 1 });
  });
});

describe('listItems', () => {
  it('pages through N items newest first, each exactly once', async () => {
    const { call, create } = await newCaller();
    const made: string[] = [];
    for (let i = 0; i < 7; i++) made.push((await create({ name: `Item ${i}` })).itemId);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await call(baseUrl, 'GET', `/items?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((i: { itemId: string }) => i.itemId));
      cursor = res.body.nextCursor;
    } while (cursor);

    expect(seen).toEqual([...made].reverse());
  });

  it('refuses another caller’s cursor, a tampered one and a users cursor with 400', async () => {
    const alice = await newCaller();
    const bob = await newCaller();
    await alice.create();
    await alice.create();
    const cursor: string = (await alice.call(baseUrl, 'GET', '/items?limit=1')).body.nextCursor;
    const admin = withToken(await tokenFor(dataDir, { sub: 'items-admin', admin: true }));
    const usersCursor: string = (await admin(baseUrl, 'GET', '/users?limit=1')).body.nextCursor;
    const tampered = `${cursor.slice(0, -2)}${cursor.endsWith('AA') ? 'BB' : 'AA'}`;

    const replies = await Promise.all([
      bob.call(baseUrl, 'GET', `/items?cursor=${cursor}`),
      alice.call(baseUrl, 'GET', `/items?cursor=${tampered}`),
      alice.call(baseUrl, 'GET', `/items?cursor=${usersCursor}`),
    ]);

    for (const r of replies) {
      expect(r.status).toBe(400);
      expect(r.body.errors[0].path).toBe('/query/cursor');
    }
  });
});

describe('updateItem', () => {
  it('needs If-Match: 428 without it', async () => {
    const { call, create } = await newCaller();
    const item = await create();

    const res = await call(baseUrl, 'PUT', `/items/${item.itemId}`, { json: { name: 'New' } });

    expect(res.status).toBe(428);
    expect(res.body.type).toBe('urn:problem:precondition-required');
  });

  it('replaces at the matching version and answers 412 with the current ETag when stale', async () => {
    const { call, create } = await newCaller();
    const item = await create({ name: 'Old', description: 'gone soon', tags: ['x'] });
    const path = `/items/${item.itemId}`;

    const updated = await call(baseUrl, 'PUT', path, { json: { name: 'New' }, headers: { 'if-match': '"1"' } });
    const stale = await call(baseUrl, 'PUT', path, { json: { name: 'Late' }, headers: { 'if-match': '"1"' } });

    expect(updated.status).toBe(200);
    expect(updated.headers.get('etag')).toBe('"2"');
    // The whole body: the id and creation time kept, the rest replaced (description and tags gone).
    expect(updated.body).toEqual({
      itemId: item.itemId,
      name: 'New',
      createdAt: item.createdAt,
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      version: 2,
    });
    expect(Date.parse(updated.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(item.createdAt));
    expect(stale.status).toBe(412);
    expect(stale.headers.get('etag')).toBe('"2"');
  });

  it('answers 404 for an item that does not exist', async () => {
    const { call } = await newCaller();
    const res = await call(baseUrl, 'PUT', `/items/${randomUUID()}`, {
      json: { name: 'x' },
      headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(404);
  });

  it('lets exactly one of 24 concurrent writers win each version', async () => {
    const { call, create } = await newCaller();
    const item = await create();
    const path = `/items/${item.itemId}`;
    const rounds: { ok: number; stale: number }[] = [];

    for (let version = 1; version <= 3; version++) {
      const replies = await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          call(baseUrl, 'PUT', path, { json: { name: `Writer ${i}` }, headers: { 'if-match': `"${version}"` } }),
        ),
      );
      rounds.push({
        ok: replies.filter((r) => r.status === 200).length,
        stale: replies.filter((r) => r.status === 412).length,
      });
    }
    const final = await call(baseUrl, 'GET', path);

    console.log(`concurrency: ${JSON.stringify(rounds)}, final version ${final.body.version}`);
    expect(rounds).toEqual([
      { ok: 1, stale: 23 },
      { ok: 1, stale: 23 },
      { ok: 1, stale: 23 },
    ]);
    expect(final.body.version).toBe(1 + rounds.reduce((n, r) => n + r.ok, 0));
  });
});

describe('delete and restore', () => {
  it('moves an item to the trash for 30 days, then restores it', async () => {
    const { sub, call, create } = await newCaller();
    const item = await create();
    const path = `/items/${item.itemId}`;

    const deleted = await call(baseUrl, 'DELETE', path);
    const afterDelete = await call(baseUrl, 'GET', path);
    const listed = await call(baseUrl, 'GET', '/items');
    const trash = await getItem(db, `OWNER#${sub}`, `TRASH#${item.itemId}`);
    const restored = await call(baseUrl, 'POST', `${path}/restore`);
    const afterRestore = await call(baseUrl, 'GET', path);
    const again = await call(baseUrl, 'POST', `${path}/restore`);

    expect(deleted.status).toBe(204);
    expect(afterDelete.status).toBe(404);
    expect(listed.body.items).toEqual([]);
    const days = (Number(trash?.expiresAt) * 1000 - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ itemId: item.itemId, version: 3 });
    expect(restored.body).not.toHaveProperty('deletedAt');
    expect(afterRestore.status).toBe(200);
    expect(again.status).toBe(404);
    expect(await getItem(db, `OWNER#${sub}`, `TRASH#${item.itemId}`)).toBeUndefined();
  });

  it('will not restore once the 30 days are over, even before DynamoDB purges it', async () => {
    const { sub, call, create } = await newCaller();
    const item = await create();
    await call(baseUrl, 'DELETE', `/items/${item.itemId}`);
    await db.send(
      new UpdateCommand({
        TableName: TABLE_NAME,
        Key: { pk: `OWNER#${sub}`, sk: `TRASH#${item.itemId}` },
        UpdateExpression: 'SET expiresAt = :past',
        ExpressionAttributeValues: { ':past': Math.floor(Date.now() / 1000) - 1 },
      }),
    );

    const res = await call(baseUrl, 'POST', `/items/${item.itemId}/restore`);

    expect(res.status).toBe(404);
  });

  it('removes live and trashed items at once with permanent=true', async () => {
    const { sub, call, create } = await newCaller();
    const live = await create();
    const trashed = await create();
    await call(baseUrl, 'DELETE', `/items/${trashed.itemId}`);

    const replies = [
      await call(baseUrl, 'DELETE', `/items/${live.itemId}?permanent=true`),
      await call(baseUrl, 'DELETE', `/items/${trashed.itemId}?permanent=true`),
      await call(baseUrl, 'DELETE', `/items/${live.itemId}?permanent=true`),
      await call(baseUrl, 'POST', `/items/${trashed.itemId}/restore`),
    ];

    expect(replies.map((r) => r.status)).toEqual([204, 204, 404, 404]);
    // Only the purges' tombstones remain (for the stream's ItemPurged events), each expiring within a day.
    const left = await storedRecords(sub);
    expect(left.map((r) => r.sk).sort()).toEqual([`PURGED#${live.itemId}`, `PURGED#${trashed.itemId}`].sort());
    for (const r of left) expect(Number(r.expiresAt)).toBeLessThanOrEqual(Date.now() / 1000 + 86_400);
  });

  it('rejects permanent=maybe with a 400', async () => {
    const { call, create } = await newCaller();
    const item = await create();
    const res = await call(baseUrl, 'DELETE', `/items/${item.itemId}?permanent=maybe`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('/query/permanent');
  });
});
