// GET /users/{userId} and GET /users: single reads, email lookup, pagination and
// cursors, through the real gateway and DynamoDB Local.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { uniqueEmail, withToken } from '../support/http.js';
import { adminToken } from '../support/tokens.js';

const baseUrl = inject('baseUrl');
const call = withToken(await adminToken(inject('dataDir')));
const get = (path: string, headers: Record<string, string> = {}) => call(baseUrl, 'GET', path, { headers });
const createUser = async (name: string, email = uniqueEmail()) => {
  const res = await call(baseUrl, 'POST', '/users', { json: { name, email } });
  expect(res.status).toBe(201);
  return res.body as { userId: string; email: string };
};

describe('getUser', () => {
  it('returns the user with its ETag', async () => {
    const user = await createUser('Reader');

    const res = await get(`/users/${user.userId}`);

    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({ userId: user.userId, name: 'Reader', version: 1 });
  });

  it('answers 404 problem for a user that does not exist', async () => {
    const id = randomUUID();

    const res = await get(`/users/${id}`);

    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body).toMatchObject({ status: 404, type: 'urn:problem:not-found', instance: `/users/${id}` });
  });

  it.each(['not-a-uuid', '12345', 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz', '..%2F..%2Fetc%2Fpasswd'])(
    'rejects the id %s with a 400 naming /path/userId',
    async (id) => {
      const res = await get(`/users/${id}`);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: '/path/userId' })]);
    },
  );
});

describe('listUsers', () => {
  it('finds a user by email in any letter case', async () => {
    const user = await createUser('Findable');

    const res = await get(`/users?email=${encodeURIComponent(user.email.toUpperCase())}`);

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [expect.objectContaining({ userId: user.userId })] });
  });

  it('returns no items for an email nobody has', async () => {
    const res = await get(`/users?email=${uniqueEmail('nobody')}`);

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [] });
  });

  it('lists newest first with a default page size of 20', async () => {
    const older = await createUser('Older');
    const newer = await createUser('Newer');

    const first = await get('/users');
    // Walk the whole listing (other tests add users too) until both are found.
    const ids: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 200 && !(ids.includes(older.userId) && ids.includes(newer.userId)); page++) {
      const res = await get(`/users?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      ids.push(...res.body.items.map((u: { userId: string }) => u.userId));
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }

    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(Math.min(20, ids.length));
    expect(ids).toContain(older.userId);
    expect(ids).toContain(newer.userId);
    expect(ids.indexOf(newer.userId)).toBeLessThan(ids.indexOf(older.userId));
  });

  describe('paging', () => {
    const mine: string[] = [];
    beforeAll(async () => {
      for (let i = 0; i < 5; i++) mine.push((await createUser(`Pager ${i}`)).userId);
    });

    it('returns each user exactly once across pages, with no cursor on the last page', async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const res = await get(`/users?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(3);
        seen.push(...res.body.items.map((u: { userId: string }) => u.userId));
        cursor = res.body.nextCursor;
        if (cursor) expect(res.body.items).toHaveLength(3);
        pages++;
      } while (cursor && pages < 1_000);

      expect(new Set(seen).size).toBe(seen.length);
      for (const id of mine) expect(seen).toContain(id);
    });

    it('honours limit=1 and limit=100', async () => {
      const one = await get('/users?limit=1');
      const hundred = await get('/users?limit=100');

      expect(one.body.items).toHaveLength(1);
      expect(one.body.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(hundred.status).toBe(200);
      expect(hundred.body.items.length).toBeLessThanOrEqual(100);
    });

    it.each(['0', '101', 'abc', '1.5', '-1'])('rejects limit=%s with a 400 naming /query/limit', async (limit) => {
      const res = await get(`/users?limit=${limit}`);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: '/query/limit' })]);
    });

    it('rejects a tampered cursor with a 400, not a 500', async () => {
      const first = await get('/users?limit=1');
      const cursor: string = first.body.nextCursor;
      const flipped = cursor.slice(0, 5) + (cursor[5] === 'A' ? 'B' : 'A') + cursor.slice(6);

      const res = await get(`/users?limit=1&cursor=${flipped}`);

      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ path: '/query/cursor', message: 'is not a cursor this API issued' }]);
    });

    it.each([
      ['forged JSON', Buffer.from('{"v":1,"p":"2026-01-01T00:00:00.000Z#x"}').toString('base64url')],
      ['one character', 'A'],
      ['not base64url', 'abc$def'],
      ['over 1024 characters', 'A'.repeat(1025)],
    ])('rejects a cursor that is %s with a 400', async (_, cursor) => {
      const res = await get(`/users?cursor=${encodeURIComponent(cursor)}`);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].path).toBe('/query/cursor');
    });
  });

  it.each(['not-an-email', 'a b@example.com'])('rejects email=%s with a 400', async (email) => {
    const res = await get(`/users?email=${encodeURIComponent(email)}`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: '/query/email' })]);
  });
});
