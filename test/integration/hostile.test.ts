// Hostile input: 500+ generated requests (fixed seed, so reproducible) against a
// gateway with its own DynamoDB Local. Every one must be refused with a 4xx
// problem+json that leaks nothing, and the table must not change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { importJWK, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CLIENT_ID, LOCAL_ISSUER } from '../../src/local/issuer.js';
import { type RunningGateway, startGateway } from '../support/gateway.js';
import { documentClient, TABLE_NAME, withToken } from '../support/http.js';
import { adminToken, tokenFor } from '../support/tokens.js';

interface Hostile {
  category: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Acceptable statuses (all 4xx). */
  expect: number[];
}

const SEED = 20261124;
const sample = <T>(arb: fc.Arbitrary<T>, n: number): T[] => fc.sample(arb, { numRuns: n, seed: SEED });
const json = 'application/json';
const VALID = { name: 'Ada Lovelace', email: 'ada@example.com', age: 36 };

let gateway: RunningGateway;
let existingId: string;
let cursor: string;
let adminAuth: Record<string, string>;
const tally = new Map<string, { sent: number; statuses: Record<number, number> }>();

async function itemCount(): Promise<number> {
  const db = documentClient(/DynamoDB Local on (http:\/\/127\.0\.0\.1:\d+)/.exec(gateway.output())?.[1] ?? '');
  const out = await db.send(new ScanCommand({ TableName: TABLE_NAME, Select: 'COUNT', ConsistentRead: true }));
  return out.Count ?? 0;
}

/** Tokens that must all be refused: forged, expired, wrong audience, issuer, use, algorithm. */
async function badTokens(): Promise<string[]> {
  const jwk = JSON.parse(readFileSync(join(gateway.dataDir, 'local-issuer/private-key.jwk.json'), 'utf8')) as JWK;
  const key = await importJWK(jwk, 'RS256');
  const { d, p, q, dp, dq, qi, ...publicJwk } = jwk;
  const now = Math.floor(Date.now() / 1000);
  const sign = (
    claims: Record<string, unknown>,
    opts: { aud?: string; iss?: string; exp?: number; nbf?: number } = {},
  ) => {
    const jwt = new SignJWT({ token_use: 'id', 'cognito:groups': ['admins'], ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
      .setIssuer(opts.iss ?? LOCAL_ISSUER)
      .setAudience(opts.aud ?? LOCAL_CLIENT_ID)
      .setIssuedAt(now)
      .setExpirationTime(opts.exp ?? now + 600);
    if (opts.nbf) jwt.setNotBefore(opts.nbf);
    return jwt.sign(key);
  };
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const claims = { sub: 'mallory', iss: LOCAL_ISSUER, aud: LOCAL_CLIENT_ID, token_use: 'id', iat: now, exp: now + 600 };
  // The classic key-confusion forgery: HS256 with the public key as the HMAC secret.
  const confused = await new SignJWT({ ...claims, 'cognito:groups': ['admins'] })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(JSON.stringify(publicJwk)));
  const valid = await sign({ sub: 'mallory' });
  const [h, b] = valid.split('.');
  const fixed = [
    await sign({ sub: 'mallory' }, { exp: now - 10 }),
    await sign({ sub: 'mallory' }, { aud: 'another-client' }),
    await sign({ sub: 'mallory' }, { iss: 'https://cognito-idp.invalid/other-pool' }),
    await sign({ sub: 'mallory', token_use: 'access' }),
    await sign({ sub: 'mallory' }, { nbf: now + 3600 }),
    await sign({}),
    await tokenFor(join(gateway.dataDir, 'forger'), { sub: 'mallory', admin: true }),
    `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`,
    `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}`,
    confused,
    `${h}.${part({ ...claims, sub: 'root' })}.${valid.split('.')[2]}`, // payload swapped, signature kept
    `${h}.${b}.${'A'.repeat(342)}`,
    `${h}.${b}`,
    'Bearer',
    '',
  ];
  const random = sample(
    fc.string({ minLength: 1, maxLength: 300 }).map((s) => s.replace(/[\s\r\n]/g, 'x')),
    45,
  );
  return [...fixed, ...random];
}

function generate(tokens: string[]): Hostile[] {
  const user = `/users/${existingId}`;
  const validBody = JSON.stringify(VALID);
  const asJson = { 'content-type': json, ...adminAuth };
  const post = (category: string, body: string, expected = [400]): Hostile => ({
    category,
    method: 'POST',
    path: '/users',
    headers: asJson,
    body,
    expect: expected,
  });
  const list: Hostile[] = [];

  // 1. Malformed and truncated JSON.
  for (const cut of sample(fc.integer({ min: 1, max: validBody.length - 1 }), 40)) {
    list.push(post('malformed JSON', validBody.slice(0, cut)));
  }
  for (const junk of sample(
    fc.constantFrom('{', '}', '{"name":}', "{'name':'x'}", '{"a":1,}', 'NaN', '[1,2', '"\\x"', '{"name":"\\ud800'),
    20,
  )) {
    list.push({ ...post('malformed JSON', junk), method: 'PUT', path: user });
  }

  // 2. Deeply nested JSON (bodies under the 100 KB limit).
  for (const depth of sample(fc.integer({ min: 64, max: 50_000 }), 20)) {
    const nested =
      depth % 2
        ? `${'['.repeat(depth)}${']'.repeat(depth)}`
        : `{"name":${'{"a":'.repeat(depth / 2)}1${'}'.repeat(depth / 2)}}`;
    list.push(post('deeply nested JSON', nested, [400, 413]));
  }

  // 3. Huge strings: in fields (up to and past the body limit) and in headers.
  for (const size of sample(fc.integer({ min: 301, max: 140_000 }), 24)) {
    list.push(post('huge strings', JSON.stringify({ ...VALID, name: 'n'.repeat(size) }), [400, 413]));
  }
  for (const size of [300, 5_000, 30_000]) {
    // Past Node's 16 KB header limit the request line itself is refused, as API Gateway would.
    list.push({
      category: 'huge strings',
      method: 'GET',
      path: `/users?email=${'e'.repeat(size)}%40x.io`,
      headers: adminAuth,
      expect: [400, 431],
    });
    list.push({
      category: 'huge strings',
      method: 'GET',
      path: '/users',
      headers: { ...adminAuth, 'x-filler': 'h'.repeat(size + 20_000) },
      expect: [431],
    });
  }

  // 4. Wrong types for every field.
  const notString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.object());
  const notInteger = fc.oneof(
    fc.double({ noInteger: true }),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.object(),
  );
  const wrong = fc.oneof(
    notString.map((name) => ({ ...VALID, name })),
    notString.map((email) => ({ ...VALID, email })),
    notInteger.map((age) => ({ ...VALID, age })),
    fc.anything().filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)),
  );
  for (const body of sample(wrong, 100)) list.push(post('wrong types', JSON.stringify(body) ?? 'null'));

  // 5. Unicode edge cases in emails, ids, cursors and (with an invalid age) names.
  const odd = fc.constantFrom(
    '\u0000',
    '\u202e',
    '\u200b',
    '\ufeff',
    '\ud83d\ude00',
    '\ud800',
    'é',
    '用户',
    '\u0301',
    '\uffff',
  );
  for (const ch of sample(odd, 20))
    list.push(post('unicode', JSON.stringify({ ...VALID, email: `a${ch}@example.com` })));
  for (const ch of sample(odd, 20)) list.push(post('unicode', JSON.stringify({ ...VALID, name: `x${ch}`, age: 0 })));
  // In paths, as UTF-8 bytes (including an encoded lone surrogate and a byte that is never UTF-8).
  const oddBytes = fc.constantFrom(
    '%00',
    '%E2%80%AE',
    '%E2%80%8B',
    '%EF%BB%BF',
    '%F0%9F%98%80',
    '%ED%A0%80',
    '%C3%A9',
    '%FF',
    '%CC%81',
    '%C0%AF',
  );
  for (const bytes of sample(oddBytes, 20)) {
    list.push({
      category: 'unicode',
      method: 'GET',
      path: `/users/${existingId.slice(0, 35)}${bytes}`,
      headers: adminAuth,
      expect: [400],
    });
  }

  // 6. SQL- and NoSQL-injection-looking input, and prototype pollution.
  const injections = [
    "' OR '1'='1",
    '"; DROP TABLE users; --',
    '{"$gt": ""}',
    '{"$ne": null}',
    "1' UNION SELECT * --",
    'USER#*',
    'pk = pk',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a Log4Shell-style payload, sent as a literal
    '${jndi:ldap://x}',
    '<script>alert(1)</script>',
    '../../etc/passwd',
  ];
  for (const s of injections) {
    list.push(post('injection', JSON.stringify({ ...VALID, email: s })));
    list.push({
      category: 'injection',
      method: 'GET',
      path: `/users?email=${encodeURIComponent(s)}`,
      headers: adminAuth,
      expect: [400],
    });
    list.push({
      category: 'injection',
      method: 'GET',
      path: `/users/${encodeURIComponent(s)}`,
      headers: adminAuth,
      expect: [400, 404],
    });
    list.push({
      category: 'injection',
      method: 'GET',
      path: `/users?cursor=${encodeURIComponent(s)}`,
      headers: adminAuth,
      expect: [400],
    });
  }
  for (const body of [
    '{"name":"A","email":"a@example.com","__proto__":{"admin":true}}',
    '{"name":"A","email":"a@example.com","constructor":{"prototype":{"admin":true}}}',
    '{"name":{"$gt":""},"email":"a@example.com"}',
    '{"name":"A","email":{"$ne":null}}',
    '{"name":"A","email":"a@example.com","age":{"$gt":0}}',
    '{"name":"A","email":"a@example.com","userId":"00000000-0000-4000-8000-000000000000"}',
    '{"name":"A","email":"a@example.com","version":99}',
    '{"name":"A","email":"a@example.com","pk":"USER#x"}',
    '{"name":"A","email":"a@example.com","age":1e400}',
    '{"name":"A","email":"a@example.com","age":-0.0000001}',
  ]) {
    list.push(post('injection', body));
    list.push({ ...post('injection', body), method: 'PUT', path: user });
  }

  // 7. Tampered cursors.
  const tamper = fc.tuple(fc.nat(cursor.length - 1), fc.constantFrom('A', 'b', '-', '_', '9'));
  for (const [i, ch] of sample(tamper, 30)) {
    const changed = cursor.slice(0, i) + (cursor[i] === ch ? (ch === 'A' ? 'B' : 'A') : ch) + cursor.slice(i + 1);
    list.push({
      category: 'tampered cursors',
      method: 'GET',
      path: `/users?cursor=${changed}`,
      headers: adminAuth,
      expect: [400],
    });
  }
  for (const c of [
    cursor.slice(0, -1),
    `${cursor}A`,
    cursor.slice(4),
    Buffer.from('{"v":1,"p":"x"}').toString('base64url'),
    `${cursor}.${cursor}`,
    'A'.repeat(1025),
    '%00',
    cursor.split('').reverse().join(''),
    '=',
    '-',
  ]) {
    list.push({
      category: 'tampered cursors',
      method: 'GET',
      path: `/users?cursor=${encodeURIComponent(c)}`,
      headers: adminAuth,
      expect: [400],
    });
  }

  // 8. Bad, expired and forged tokens, on every kind of operation.
  const targets = [
    ['GET', '/users'],
    ['POST', '/users'],
    ['GET', user],
    ['PUT', user],
    ['DELETE', user],
  ] as const;
  tokens.forEach((token, i) => {
    const [method, path] = targets[i % targets.length] ?? targets[0];
    const body = method === 'POST' || method === 'PUT' ? validBody : undefined;
    list.push({
      category: 'bad tokens',
      method,
      path,
      headers: { 'content-type': json, authorization: `Bearer ${token}` },
      ...(body ? { body } : {}),
      expect: [401],
    });
  });

  // 9. Wrong methods and unknown paths.
  for (const [method, path] of [
    ['PATCH', '/users'],
    ['PUT', '/users'],
    ['DELETE', '/users'],
    ['POST', user],
    ['PATCH', user],
    ['POST', '/health'],
    ['PUT', '/health'],
    ['DELETE', '/health'],
    ['PATCH', '/health'],
    ['GET', '/users/'],
    ['GET', '/Users'],
    ['GET', '/admin'],
    ['GET', '/users/x/y'],
    ['POST', '/users/batch'],
    ['GET', '/.env'],
    ['GET', '/%2e%2e/%2e%2e/etc/passwd'],
    ['OPTIONS', '/nope'],
    ['DELETE', '/users/*'],
    ['GET', '//users'],
    ['PUT', '/users?email=a@b.co'],
  ] as const) {
    list.push({ category: 'wrong methods', method, path, headers: { ...adminAuth }, expect: [400, 404, 405] });
  }
  for (const method of ['PATCH', 'PUT', 'DELETE', 'POST', 'PATCH', 'PUT', 'DELETE', 'POST', 'PATCH', 'PUT']) {
    list.push({
      category: 'wrong methods',
      method,
      path: method === 'POST' ? '/health' : '/users',
      headers: adminAuth,
      expect: [405],
    });
  }

  // 10. Path traversal and key injection in ids.
  const traversal = [
    '..',
    '..%2F..%2Fetc%2Fpasswd',
    '%2e%2e%2f%2e%2e%2f',
    '..%252f..%252f',
    '....//....//',
    '..%5c..%5c',
    '%00',
    `${existingId}%00`,
    `${existingId}%2F..`,
    'USER%23x',
    'EMAIL%23ada%40example.com',
    `${existingId}.json`,
    encodeURIComponent(existingId.toUpperCase()),
    `${existingId}%20`,
    '%20',
    '~',
    '.%2e',
  ];
  const longIds = sample(
    fc.integer({ min: 37, max: 2_000 }).map((n) => 'a'.repeat(n)),
    13,
  );
  for (const id of [...traversal, ...longIds]) {
    for (const method of ['GET', 'DELETE']) {
      list.push({
        category: 'path traversal',
        method,
        path: `/users/${id}`,
        headers: adminAuth,
        expect: [400, 404, 405],
      });
    }
  }
  return list;
}

async function send(r: Hostile): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(gateway.baseUrl + r.path, {
    method: r.method,
    headers: r.headers ?? {},
    body: r.body ?? null,
  });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

describe('hostile input', () => {
  let requests: Hostile[] = [];
  let before = 0;

  beforeAll(async () => {
    gateway = await startGateway({ THROTTLE_RATE: '100000', THROTTLE_BURST: '100000' });
    adminAuth = { authorization: `Bearer ${await adminToken(gateway.dataDir)}` };
    const admin = withToken(await adminToken(gateway.dataDir));
    for (const n of [1, 2, 3]) {
      const created = await admin(gateway.baseUrl, 'POST', '/users', {
        json: { name: `Seed ${n}`, email: `seed${n}@example.com` },
      });
      existingId = created.body.userId;
    }
    cursor = (await admin(gateway.baseUrl, 'GET', '/users?limit=1')).body.nextCursor;
    requests = generate(await badTokens());
    before = await itemCount();
  }, 120_000);

  afterAll(async () => {
    const rows = [...tally].map(
      ([category, t]) => `  ${category.padEnd(20)} ${String(t.sent).padStart(4)}  ${JSON.stringify(t.statuses)}`,
    );
    console.log(`hostile input: ${requests.length} requests\n${rows.join('\n')}`);
    await gateway?.stop();
  });

  it('sends at least 500 generated requests across every category', () => {
    expect(requests.length).toBeGreaterThanOrEqual(500);
    expect(new Set(requests.map((r) => r.category)).size).toBe(10);
  });

  it('refuses every one with a 4xx problem+json that leaks nothing, and writes nothing', async () => {
    const failures: string[] = [];
    for (let i = 0; i < requests.length; i += 8) {
      const batch = requests.slice(i, i + 8);
      const replies = await Promise.all(batch.map(send));
      batch.forEach((r, j) => {
        const reply = replies[j] as Awaited<ReturnType<typeof send>>;
        const t = tally.get(r.category) ?? { sent: 0, statuses: {} };
        t.sent++;
        t.statuses[reply.status] = (t.statuses[reply.status] ?? 0) + 1;
        tally.set(r.category, t);
        const problems: string[] = [];
        if (!r.expect.includes(reply.status)) problems.push(`status ${reply.status}, expected ${r.expect.join('/')}`);
        if (reply.type !== 'application/problem+json') problems.push(`content-type ${reply.type}`);
        else if (JSON.parse(reply.text).status !== reply.status) problems.push('problem status differs');
        if (/\bat [\w.<>]+ \(|\.ts:\d+|node_modules|users-api|Exception|ConditionalCheck/.test(reply.text)) {
          problems.push(`leaks internals: ${reply.text.slice(0, 200)}`);
        }
        if (problems.length > 0)
          failures.push(`${r.category}: ${r.method} ${r.path.slice(0, 80)} → ${problems.join('; ')}`);
      });
    }

    expect(failures).toEqual([]);
    expect(await itemCount()).toBe(before);
  }, 300_000);
});
