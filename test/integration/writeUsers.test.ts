// PUT and DELETE /users/{userId}: If-Match, email changes that move the
// uniqueness guard, and deletes that free the email, checked in DynamoDB too.
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { documentClient, getItem, uniqueEmail, withToken } from '../support/http.js';
import { adminToken } from '../support/tokens.js';

const baseUrl = inject('baseUrl');
const call = withToken(await adminToken(inject('dataDir')));
const db = documentClient(inject('dynamodbEndpoint'));
const createUser = async (json: Record<string, unknown> = {}) => {
  const res = await call(baseUrl, 'POST', '/users', { json: { name: 'Writer', email: uniqueEmail(), ...json } });
  expect(res.status).toBe(201);
  return res.body as { userId: string; email: string; createdAt: string };
};
const put = (id: string, json: unknown, headers: Record<string, string> = {}) =>
  call(baseUrl, 'PUT', `/users/${id}`, { json, headers });

describe('updateUser', () => {
  it('replaces the details, bumps the version and ETag, keeps createdAt', async () => {
    const user = await createUser({ age: 30 });

    const res = await put(user.userId, { name: ' Renamed ', email: user.email });

    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.body).toMatchObject({ userId: user.userId, name: 'Renamed', version: 2, createdAt: user.createdAt });
    expect(res.body).not.toHaveProperty('age'); // PUT replaces: an absent age is removed
    expect(res.body.updatedAt >= user.createdAt).toBe(true);
    const stored = await call(baseUrl, 'GET', `/users/${user.userId}`);
    expect(stored.body).toEqual(res.body);
  });

  it('updates when If-Match names the current version', async () => {
    const user = await createUser();

    const res = await put(user.userId, { name: 'Matched', email: user.email }, { 'if-match': '"1"' });

    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
  });

  it.each([['"1", "2"'], ['*']])('updates when If-Match is %s', async (ifMatch) => {
    const user = await createUser();
    const res = await put(user.userId, { name: 'Listed', email: user.email }, { 'if-match': ifMatch });
    expect(res.status).toBe(200);
  });

  it.each([['"7"'], ['W/"1"']])('answers 412 with the current ETag when If-Match is %s', async (ifMatch) => {
    const user = await createUser();

    const res = await put(user.userId, { name: 'Stale', email: user.email }, { 'if-match': ifMatch });

    expect(res.status).toBe(412);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({ status: 412, type: 'urn:problem:precondition-failed' });
    expect((await call(baseUrl, 'GET', `/users/${user.userId}`)).body.name).toBe('Writer');
  });

  it('rejects a malformed If-Match with a 400', async () => {
    const user = await createUser();

    const res = await put(user.userId, { name: 'Bad', email: user.email }, { 'if-match': '1' });

    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: '/headers/If-Match' })]);
  });

  it('lets exactly one of concurrent writers with the same If-Match win', async () => {
    const user = await createUser();

    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        put(user.userId, { name: `W${i}`, email: user.email }, { 'if-match': '"1"' }),
      ),
    );

    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 412)).toHaveLength(9);
    expect((await call(baseUrl, 'GET', `/users/${user.userId}`)).body.version).toBe(2);
  });

  it('moves the email guard on an email change and frees the old email', async () => {
    const user = await createUser();
    const newEmail = uniqueEmail('moved');

    const res = await put(user.userId, { name: 'Mover', email: newEmail.toUpperCase() });

    expect(res.status).toBe(200);
    expect(res.body.email).toBe(newEmail);
    expect(await getItem(db, `EMAIL#${user.email}`, 'EMAIL')).toBeUndefined();
    expect((await getItem(db, `EMAIL#${newEmail}`, 'EMAIL'))?.userId).toBe(user.userId);
    const reuse = await call(baseUrl, 'POST', '/users', { json: { name: 'Reuser', email: user.email } });
    expect(reuse.status).toBe(201);
  });

  it("answers 409 when changing to another user's email, and changes nothing", async () => {
    const taken = await createUser();
    const user = await createUser();

    const res = await put(user.userId, { name: 'Thief', email: taken.email.toUpperCase() });

    expect(res.status).toBe(409);
    expect(res.body.type).toBe('urn:problem:email-taken');
    const stored = await call(baseUrl, 'GET', `/users/${user.userId}`);
    expect(stored.body).toMatchObject({ name: 'Writer', email: user.email, version: 1 });
    expect((await getItem(db, `EMAIL#${user.email}`, 'EMAIL'))?.userId).toBe(user.userId);
    expect((await getItem(db, `EMAIL#${taken.email}`, 'EMAIL'))?.userId).toBe(taken.userId);
  });

  it('answers 404 for a user that does not exist', async () => {
    const res = await put(randomUUID(), { name: 'Ghost', email: uniqueEmail() });
    expect(res.status).toBe(404);
  });

  it('validates the body like create does', async () => {
    const user = await createUser();

    const res = await put(user.userId, { name: 'N'.repeat(101), email: 'bad', extra: true });

    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      '/body/email',
      '/body/extra',
      '/body/name',
    ]);
  });

  it('rejects a non-UUID id and an invalid body together, listing both', async () => {
    const res = await put('nope', { name: '', email: uniqueEmail() });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['/body/name', '/path/userId']);
  });
});

describe('deleteUser', () => {
  it('deletes the user and its email guard, then answers 404', async () => {
    const user = await createUser();

    const res = await call(baseUrl, 'DELETE', `/users/${user.userId}`);

    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect(await getItem(db, `USER#${user.userId}`, 'USER')).toBeUndefined();
    expect(await getItem(db, `EMAIL#${user.email}`, 'EMAIL')).toBeUndefined();
    expect((await call(baseUrl, 'GET', `/users/${user.userId}`)).status).toBe(404);
    expect((await call(baseUrl, 'DELETE', `/users/${user.userId}`)).status).toBe(404);
  });

  it('frees the email for a new user', async () => {
    const user = await createUser();
    await call(baseUrl, 'DELETE', `/users/${user.userId}`);

    const res = await call(baseUrl, 'POST', '/users', { json: { name: 'Next', email: user.email } });

    expect(res.status).toBe(201);
  });

  it('rejects a non-UUID id with a 400', async () => {
    const res = await call(baseUrl, 'DELETE', '/users/abc');
    expect(res.status).toBe(400);
  });
});
