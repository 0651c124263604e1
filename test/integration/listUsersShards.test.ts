// GET /users over the sharded listing (src/store/userShards.ts), through the real
// gateway and DynamoDB Local: newest first across shards, each user exactly once,
// also while other requests create and delete users, and cursors from before sharding.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { encodeCursor } from '../../src/store/cursor.js';
import { allListPartitions, listPartitionOf, USER_LIST_SHARDS } from '../../src/store/userShards.js';
import { documentClient, TABLE_NAME, uniqueEmail, withToken } from '../support/http.js';
import { adminToken } from '../support/tokens.js';

interface ListedUser {
  userId: string;
  createdAt: string;
}

const baseUrl = inject('baseUrl');
const db = documentClient(inject('dynamodbEndpoint'));
const call = withToken(await adminToken(inject('dataDir')));
const cursorSecret = readFileSync(join(inject('dataDir'), 'cursor-secret'), 'utf8').trim();
const position = (u: ListedUser) => `${u.createdAt}#${u.userId}`;

async function createUser(name: string): Promise<ListedUser> {
  const res = await call(baseUrl, 'POST', '/users', { json: { name, email: uniqueEmail('shard') } });
  expect(res.status).toBe(201);
  return res.body;
}

async function deleteUser(userId: string): Promise<void> {
  const res = await call(baseUrl, 'DELETE', `/users/${userId}`);
  expect([204, 404]).toContain(res.status);
}

/** Every page of the listing from `cursor` on, with `limit` per page. */
async function walk(limit: number, cursor?: string): Promise<{ pages: ListedUser[][] }> {
  const pages: ListedUser[][] = [];
  let next = cursor;
  do {
    const res = await call(baseUrl, 'GET', `/users?limit=${limit}${next ? `&cursor=${next}` : ''}`);
    expect(res.status).toBe(200);
    pages.push(res.body.items);
    next = res.body.nextCursor;
    // A cursor only when another page exists, and only after a full page.
    if (next) expect(res.body.items).toHaveLength(limit);
  } while (next && pages.length < 5_000);
  return { pages };
}

function expectStrictlyNewestFirst(users: ListedUser[]) {
  for (let i = 1; i < users.length; i++) {
    expect(position(users[i] as ListedUser) < position(users[i - 1] as ListedUser), `row ${i}`).toBe(true);
  }
}

describe('the sharded users listing', () => {
  it('stores users on every one of the 16 shards and lists them newest first across shards', async () => {
    const mine: ListedUser[] = [];
    const shardsHit = new Set<string>();
    // Coupon collector: ~54 users expected until each shard holds one; 600 bounds the wait.
    while (shardsHit.size < USER_LIST_SHARDS && mine.length < 600) {
      const batch = await Promise.all([0, 1, 2, 3].map((i) => createUser(`Spread ${mine.length + i}`)));
      mine.push(...batch);
      for (const u of batch) shardsHit.add(listPartitionOf(u.userId));
    }
    const stored = await Promise.all(
      mine.map(
        async (u) =>
          (await db.send(new GetCommand({ TableName: TABLE_NAME, Key: { pk: `USER#${u.userId}`, sk: 'USER' } }))).Item,
      ),
    );
    const perShard = await Promise.all(
      allListPartitions().map(async (p) => {
        const out = await db.send(
          new QueryCommand({
            TableName: TABLE_NAME,
            IndexName: 'gsi1',
            KeyConditionExpression: 'gsi1pk = :p',
            ExpressionAttributeValues: { ':p': p },
            Select: 'COUNT',
          }),
        );
        return out.Count ?? 0;
      }),
    );

    const listed = (await walk(100)).pages.flat();

    expect(shardsHit.size).toBe(16);
    for (const [i, item] of stored.entries()) {
      expect(item?.gsi1pk).toBe(listPartitionOf((mine[i] as ListedUser).userId));
    }
    for (const count of perShard) expect(count).toBeGreaterThan(0);
    expectStrictlyNewestFirst(listed);
    const mineIds = new Set(mine.map((u) => u.userId));
    const mineListed = listed.filter((u) => mineIds.has(u.userId)).map((u) => u.userId);
    expect(mineListed).toEqual([...mine].sort((a, b) => (position(a) < position(b) ? 1 : -1)).map((u) => u.userId));
  });

  it('lists each user exactly once over many small pages, newest first', async () => {
    const mine = await Promise.all(Array.from({ length: 12 }, (_, i) => createUser(`Small page ${i}`)));

    const { pages } = await walk(5);
    const listed = pages.flat();

    expect(pages.length).toBeGreaterThan(3);
    expect(new Set(listed.map((u) => u.userId)).size).toBe(listed.length);
    expectStrictlyNewestFirst(listed);
    for (const u of mine) expect(listed.filter((l) => l.userId === u.userId)).toHaveLength(1);
  });

  it('pages exactly once while other requests create and delete users', async () => {
    const stable = await Promise.all(Array.from({ length: 20 }, (_, i) => createUser(`Stable ${i}`)));
    const doomed = await Promise.all(Array.from({ length: 20 }, (_, i) => createUser(`Doomed ${i}`)));
    const born: string[] = [];
    let deleted = 0;
    let walking = true;
    const churn = (async () => {
      for (let i = 0; walking; i++) {
        const fresh = await createUser(`Churn ${i}`);
        born.push(fresh.userId);
        const victim = doomed[i] ?? fresh;
        await deleteUser(victim.userId);
        deleted++;
      }
    })();

    let listed: ListedUser[];
    try {
      listed = (await walk(4)).pages.flat();
    } finally {
      walking = false;
      await churn;
    }

    // The writes really overlapped the traversal.
    expect(born.length).toBeGreaterThan(0);
    expect(deleted).toBeGreaterThan(0);
    const count = (id: string) => listed.filter((u) => u.userId === id).length;
    expect(new Set(listed.map((u) => u.userId)).size).toBe(listed.length);
    expectStrictlyNewestFirst(listed);
    for (const u of stable) expect(count(u.userId), `stable ${u.userId}`).toBe(1);
    for (const u of doomed) expect(count(u.userId)).toBeLessThanOrEqual(1);
    for (const id of born) expect(count(id)).toBeLessThanOrEqual(1);
    await Promise.all(doomed.map((u) => deleteUser(u.userId)));
  });

  it('accepts a cursor in the one-position form issued before sharding', async () => {
    const mine: ListedUser[] = [];
    for (let i = 0; i < 5; i++) mine.push(await createUser(`Old cursor ${i}`));
    const ordered = [...mine].sort((a, b) => (position(a) < position(b) ? 1 : -1));
    const newest = ordered[0] as ListedUser;
    // What the unsharded listing returned as nextCursor after `newest` (the format test/unit/cursor.test.ts pins).
    const oldCursor = encodeCursor(position(newest), cursorSecret);

    const res = await call(baseUrl, 'GET', `/users?limit=100&cursor=${oldCursor}`);

    expect(res.status).toBe(200);
    const items: ListedUser[] = res.body.items;
    for (const u of items) expect(position(u) < position(newest)).toBe(true);
    const ids = new Set(mine.map((u) => u.userId));
    expect(items.filter((u) => ids.has(u.userId)).map((u) => u.userId)).toEqual(ordered.slice(1).map((u) => u.userId));
  });

  it('refuses a tampered cursor, and a signed one without a position, with a 400', async () => {
    await createUser('Tamper');
    await createUser('Tamper 2');
    const first = await call(baseUrl, 'GET', '/users?limit=1');
    const cursor: string = first.body.nextCursor;
    const flipped = cursor.slice(0, 8) + (cursor[8] === 'A' ? 'B' : 'A') + cursor.slice(9);

    const tampered = await call(baseUrl, 'GET', `/users?cursor=${flipped}`);
    const noPosition = await call(baseUrl, 'GET', `/users?cursor=${encodeCursor('USER#3', cursorSecret)}`);

    for (const res of [tampered, noPosition]) {
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.body.errors).toEqual([{ path: '/query/cursor', message: 'is not a cursor this API issued' }]);
    }
  });
});
