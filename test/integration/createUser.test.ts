// POST /users through the real gateway and DynamoDB Local: success, validation
// boundaries, email uniqueness, and what ends up in the table.
import { describe, expect, inject, it } from 'vitest';
import { documentClient, getItem, uniqueEmail, withToken } from '../support/http.js';
import { adminToken } from '../support/tokens.js';

const baseUrl = inject('baseUrl');
const call = withToken(await adminToken(inject('dataDir')));
const db = documentClient(inject('dynamodbEndpoint'));
const create = (json: unknown) => call(baseUrl, 'POST', '/users', { json });
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('createUser', () => {
  it('creates a user with a v4 id, Location, ETag, trimmed name and lower-cased email', async () => {
    const email = uniqueEmail('Ada').replace('ada', 'ADA');

    const res = await create({ name: '  Ada Lovelace  ', email, age: 36 });

    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.body.userId).toMatch(UUID_V4);
    expect(res.headers.get('location')).toBe(`/users/${res.body.userId}`);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toEqual({
      userId: res.body.userId,
      name: 'Ada Lovelace',
      email: email.toLowerCase(),
      age: 36,
      createdAt: res.body.createdAt,
      updatedAt: res.body.createdAt,
      version: 1,
    });
    expect(new Date(res.body.createdAt).toISOString()).toBe(res.body.createdAt);
  });

  it('stores the user item and an email guard item in DynamoDB', async () => {
    const email = uniqueEmail();

    const res = await create({ name: 'Grace Hopper', email });

    const user = await getItem(db, `USER#${res.body.userId}`, 'USER');
    const guard = await getItem(db, `EMAIL#${email}`, 'EMAIL');
    expect(user).toMatchObject({ name: 'Grace Hopper', email, version: 1 });
    expect(user).not.toHaveProperty('age');
    expect(guard).toMatchObject({ userId: res.body.userId });
  });

  it('rejects an email that another user has, in any letter case, with a 409 problem', async () => {
    const email = uniqueEmail('dup');
    const first = await create({ name: 'First', email });

    const second = await create({ name: 'Second', email: email.toUpperCase() });

    expect(first.status).toBe(201);
    expect(second.status).toBe(409);
    expect(second.headers.get('content-type')).toBe('application/problem+json');
    expect(second.body).toMatchObject({ status: 409, type: 'urn:problem:email-taken' });
    const guard = await getItem(db, `EMAIL#${email}`, 'EMAIL');
    expect(guard?.userId).toBe(first.body.userId);
  });

  it('lets exactly one of many concurrent creates with one email win', async () => {
    const email = uniqueEmail('race');

    const replies = await Promise.all(Array.from({ length: 8 }, (_, i) => create({ name: `Racer ${i}`, email })));

    const statuses = replies.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(7);
  });

  describe('name boundaries', () => {
    it.each([
      ['1 character', 'A'],
      ['100 characters', 'N'.repeat(100)],
      ['100 characters after trimming', `  ${'N'.repeat(100)}\t`],
    ])('accepts a name of %s', async (_, name) => {
      const res = await create({ name, email: uniqueEmail() });
      expect(res.status).toBe(201);
      expect(res.body.name).toBe(name.trim());
    });

    it.each([
      ['0 characters', ''],
      ['101 characters', 'N'.repeat(101)],
      ['only whitespace', '   '],
      ['a number', 42],
      ['null', null],
    ])('rejects a name of %s with a 400 naming /body/name', async (_, name) => {
      const res = await create({ name, email: uniqueEmail() });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.body.errors).toEqual([expect.objectContaining({ path: '/body/name' })]);
    });
  });

  describe('age boundaries', () => {
    it.each([1, 150])('accepts an age of %s', async (age) => {
      const res = await create({ name: 'Aged', email: uniqueEmail(), age });
      expect(res.status).toBe(201);
      expect(res.body.age).toBe(age);
    });

    it.each([0, 151, 1.5, '30', -1, null])('rejects an age of %j with a 400 naming /body/age', async (age) => {
      const res = await create({ name: 'Aged', email: uniqueEmail(), age });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: '/body/age' })]);
    });
  });

  describe('email', () => {
    it.each([
      ['without @', 'ada.example.com'],
      ['with a space', 'ada lovelace@example.com'],
      ['with a leading space', ' ada@example.com'],
      ['without a domain', 'ada@'],
      ['over 254 characters', `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`],
      ['empty', ''],
    ])('rejects an email %s with a 400 naming /body/email', async (_, email) => {
      const res = await create({ name: 'Mail', email });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: '/body/email' })]);
    });
  });

  it('rejects unknown properties, naming each', async () => {
    const res = await create({ name: 'Extra', email: uniqueEmail(), nickname: 'x', userId: 'mine' });

    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { path: '/body/nickname', message: 'is not allowed' },
        { path: '/body/userId', message: 'is not allowed' },
      ]),
    );
  });

  it('lists every failing field in one problem', async () => {
    const res = await create({ name: '', email: 'nope', age: 151 });

    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ type: 'urn:problem:validation-failed', title: 'Validation Failed', status: 400 });
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      '/body/age',
      '/body/email',
      '/body/name',
    ]);
  });

  it('reports missing required fields', async () => {
    const res = await create({});

    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: '/body/name', message: 'is required' },
      { path: '/body/email', message: 'is required' },
    ]);
  });

  it.each([
    ['an array', []],
    ['a string', 'user'],
    ['null', null],
  ])('rejects a body that is %s', async (_, json) => {
    const res = await create(json);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('/body');
  });

  it('writes nothing when the request is rejected', async () => {
    const email = uniqueEmail('rejected');

    const res = await create({ name: 'Rejected', email, age: 151 });

    expect(res.status).toBe(400);
    expect(await getItem(db, `EMAIL#${email}`, 'EMAIL')).toBeUndefined();
  });
});
