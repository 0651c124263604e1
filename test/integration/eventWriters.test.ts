// Every user and item write records who made it and the request's correlation id (attributes the
// API never shows), and deletes leave a tombstone saying so: what the table's stream hands to the
// domain events (src/events/). Through the real gateway and DynamoDB Local.
import { describe, expect, inject, it } from 'vitest';
import { documentClient, getItem, uniqueEmail, withToken } from '../support/http.js';
import { adminToken } from '../support/tokens.js';

const baseUrl = inject('baseUrl');
const call = withToken(await adminToken(inject('dataDir')));
const db = documentClient(inject('dynamodbEndpoint'));
const corr = (tag: string) => `it-${tag}-${Math.random().toString(36).slice(2, 10)}`;
const send = (
  method: string,
  path: string,
  correlationId: string,
  options: { json?: unknown; headers?: Record<string, string> } = {},
) => call(baseUrl, method, path, { ...options, headers: { 'x-correlation-id': correlationId, ...options.headers } });
const USER_FIELDS = ['userId', 'name', 'email', 'createdAt', 'updatedAt', 'version'];
const ITEM_FIELDS = ['itemId', 'name', 'createdAt', 'updatedAt', 'version'];

describe('writers on records', () => {
  it('stores the caller and correlation id on a user, updates them on a write, and never shows them', async () => {
    const [c1, c2] = [corr('create'), corr('update')];
    const created = await send('POST', '/users', c1, { json: { name: 'Ada', email: uniqueEmail() } });
    const key = `USER#${created.body.userId}`;
    expect(await getItem(db, key, 'USER')).toMatchObject({ writtenBy: 'test-admin', correlationId: c1 });

    const updated = await send('PUT', `/users/${created.body.userId}`, c2, {
      json: { name: 'Ada L', email: created.body.email },
    });

    expect(await getItem(db, key, 'USER')).toMatchObject({ correlationId: c2, version: 2 });
    expect(Object.keys(created.body).sort()).toEqual([...USER_FIELDS].sort());
    expect(Object.keys(updated.body).sort()).toEqual([...USER_FIELDS].sort());
    const read = await call(baseUrl, 'GET', `/users/${created.body.userId}`);
    expect(read.body).not.toHaveProperty('correlationId');
    expect(read.body).not.toHaveProperty('writtenBy');
  });

  it('leaves a tombstone with who deleted a user, expiring in a day, and the user is gone', async () => {
    const c = corr('delete');
    const created = await send('POST', '/users', corr('create'), { json: { name: 'Bob', email: uniqueEmail() } });

    const deleted = await send('DELETE', `/users/${created.body.userId}`, c);

    expect(deleted.status).toBe(204);
    const tombstone = await getItem(db, `USER#${created.body.userId}`, 'DELETED');
    expect(tombstone).toMatchObject({ userId: created.body.userId, writtenBy: 'test-admin', correlationId: c });
    expect(Number(tombstone?.expiresAt) - Date.now() / 1000).toBeGreaterThan(23 * 3600);
    expect((await call(baseUrl, 'GET', `/users/${created.body.userId}`)).status).toBe(404);
  });

  it("records each item write's correlation id: create, update, trash, restore", async () => {
    const [c1, c2, c3, c4] = [corr('c'), corr('u'), corr('t'), corr('r')];
    const created = await send('POST', '/items', c1, { json: { name: 'Lamp' } });
    const id = created.body.itemId;
    const live = () => getItem(db, 'OWNER#test-admin', `ITEM#${id}`);
    expect(await live()).toMatchObject({ writtenBy: 'test-admin', correlationId: c1 });

    const updated = await send('PUT', `/items/${id}`, c2, {
      json: { name: 'Desk lamp' },
      headers: { 'if-match': '"1"' },
    });
    expect(updated.status).toBe(200);
    expect(await live()).toMatchObject({ correlationId: c2, version: 2 });

    expect((await send('DELETE', `/items/${id}`, c3)).status).toBe(204);
    expect(await getItem(db, 'OWNER#test-admin', `TRASH#${id}`)).toMatchObject({ correlationId: c3, version: 3 });

    const restored = await send('POST', `/items/${id}/restore`, c4);
    expect(restored.status).toBe(200);
    expect(await live()).toMatchObject({ correlationId: c4, version: 4 });
    for (const body of [created.body, updated.body, restored.body]) {
      expect(
        Object.keys(body)
          .filter((k) => !['description', 'tags'].includes(k))
          .sort(),
      ).toEqual([...ITEM_FIELDS].sort());
    }
  });

  it('leaves a tombstone with the last state of an item purged at once, and the item is gone', async () => {
    const c = corr('purge');
    const created = await send('POST', '/items', corr('c'), { json: { name: 'Chair', tags: ['home'] } });

    const purged = await send('DELETE', `/items/${created.body.itemId}?permanent=true`, c);

    expect(purged.status).toBe(204);
    expect(await getItem(db, 'OWNER#test-admin', `ITEM#${created.body.itemId}`)).toBeUndefined();
    expect(await getItem(db, 'OWNER#test-admin', `PURGED#${created.body.itemId}`)).toMatchObject({
      itemId: created.body.itemId,
      name: 'Chair',
      tags: ['home'],
      version: 1,
      correlationId: c,
    });
    expect((await call(baseUrl, 'GET', `/items/${created.body.itemId}`)).status).toBe(404);
    expect((await send('DELETE', `/items/${created.body.itemId}?permanent=true`, corr('again'))).status).toBe(404);
  });
});
