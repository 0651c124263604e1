// The multi-region write rule, on two DynamoDB Locals: a "home" instance and a second region's
// "replica", each behind its own local gateway. The second region writes only to the home table
// and reads only its own: the email guard has one judge, a stale read fails its conditional write
// safely, and nothing reaches the replica but replication (stood in for here by a copy).
import { randomBytes } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from '../support/gateway.js';
import { documentClient, getItem, TABLE_NAME, uniqueEmail, withToken } from '../support/http.js';
import { adminToken } from '../support/tokens.js';

const HOME = 'us-east-1';
const OTHER = 'eu-west-1';
const endpointOf = (gateway: RunningGateway) => {
  const endpoint = /DynamoDB Local on (http:\/\/127\.0\.0\.1:\d+)/.exec(gateway.output())?.[1];
  if (!endpoint) throw new Error(`no DynamoDB Local endpoint in:\n${gateway.output()}`);
  return endpoint;
};

let home: RunningGateway;
let other: RunningGateway;
let homeDb: ReturnType<typeof documentClient>;
let otherDb: ReturnType<typeof documentClient>;
type Call = ReturnType<typeof withToken>;
let callHome: Call;
let callOther: Call;

beforeAll(async () => {
  // One cursor secret for both, as Secrets Manager's replica gives every region in AWS.
  const shared = {
    CURSOR_SECRET: randomBytes(32).toString('base64url'),
    THROTTLE_RATE: '10000',
    THROTTLE_BURST: '10000',
  };
  home = await startGateway({ ...shared, AWS_REGION: HOME });
  other = await startGateway({
    ...shared,
    AWS_REGION: OTHER,
    HOME_REGION: HOME,
    DYNAMODB_HOME_ENDPOINT: endpointOf(home),
  });
  homeDb = documentClient(endpointOf(home));
  otherDb = documentClient(endpointOf(other));
  callHome = withToken(await adminToken(home.dataDir));
  callOther = withToken(await adminToken(other.dataDir));
}, 120_000);

afterAll(async () => {
  await Promise.all([home?.stop(), other?.stop()]);
});

/** What global table replication does in AWS, about a second later: copy the item to the replica. */
async function replicate(pk: string, sk: string) {
  const item = await getItem(homeDb, pk, sk);
  if (!item) throw new Error(`nothing to replicate at ${pk}`);
  await otherDb.send(new PutCommand({ TableName: TABLE_NAME, Item: item }));
}

describe('multi-region: writes go home, reads stay local', () => {
  it('lets exactly one of two concurrent creates of one email win, through either region', async () => {
    const emails = Array.from({ length: 8 }, () => uniqueEmail('race'));

    const results = await Promise.all(
      emails.map(async (email) => {
        const [a, b] = await Promise.all([
          callHome(home.baseUrl, 'POST', '/users', { json: { name: 'Home Caller', email } }),
          callOther(other.baseUrl, 'POST', '/users', { json: { name: 'Other Caller', email } }),
        ]);
        return { email, statuses: [a.status, b.status].sort(), winner: a.status === 201 ? a.body : b.body };
      }),
    );

    for (const { email, statuses, winner } of results) {
      expect(statuses, email).toEqual([201, 409]);
      expect((await getItem(homeDb, `EMAIL#${email}`, 'EMAIL'))?.userId).toBe(winner.userId);
      expect(await getItem(homeDb, `USER#${winner.userId}`, 'USER')).toMatchObject({ email });
      // Nothing was written to the other region's table: only replication would bring it there.
      expect(await getItem(otherDb, `EMAIL#${email}`, 'EMAIL')).toBeUndefined();
      expect(await getItem(otherDb, `USER#${winner.userId}`, 'USER')).toBeUndefined();
    }
  });

  it('writes a user created in the other region home, where it is read at once; locally only once replicated', async () => {
    const email = uniqueEmail('lag');

    const created = await callOther(other.baseUrl, 'POST', '/users', { json: { name: 'Ada Lovelace', email } });
    const userId = created.body.userId as string;
    const beforeReplication = await callOther(other.baseUrl, 'GET', `/users/${userId}`);
    const atHome = await callHome(home.baseUrl, 'GET', `/users/${userId}`);
    await replicate(`USER#${userId}`, 'USER');
    const afterReplication = await callOther(other.baseUrl, 'GET', `/users/${userId}`);

    expect(created.status).toBe(201);
    expect(await getItem(otherDb, `EMAIL#${email}`, 'EMAIL')).toBeUndefined();
    // Read-after-write in a region other than the home region waits for replication (~1 s in AWS).
    expect(beforeReplication.status).toBe(404);
    expect(atHome.status).toBe(200);
    expect(afterReplication.status).toBe(200);
    expect(afterReplication.body).toEqual(created.body);
  });

  it('refuses a conditional update based on a stale local read with 412, leaving the newer version as it was', async () => {
    const email = uniqueEmail('stale');
    const created = await callHome(home.baseUrl, 'POST', '/users', { json: { name: 'Version One', email } });
    const userId = created.body.userId as string;
    await replicate(`USER#${userId}`, 'USER');
    const newer = await callHome(home.baseUrl, 'PUT', `/users/${userId}`, {
      json: { name: 'Version Two', email },
      headers: { 'if-match': '"1"' },
    });

    // The other region has not seen version 2 yet: its read says 1, and If-Match "1" passes locally.
    const staleRead = await callOther(other.baseUrl, 'GET', `/users/${userId}`);
    const update = await callOther(other.baseUrl, 'PUT', `/users/${userId}`, {
      json: { name: 'Lost Update', email },
      headers: { 'if-match': '"1"' },
    });
    const withoutIfMatch = await callOther(other.baseUrl, 'PUT', `/users/${userId}`, {
      json: { name: 'Lost Update', email },
    });

    expect(newer.status).toBe(200);
    expect(staleRead.body.version).toBe(1);
    expect(update.status).toBe(412);
    expect(update.headers.get('content-type')).toBe('application/problem+json');
    // Without If-Match the function re-reads and retries, still against the stale replica: a 409, never a write.
    expect(withoutIfMatch.status).toBe(409);
    expect(await getItem(homeDb, `USER#${userId}`, 'USER')).toMatchObject({ name: 'Version Two', version: 2 });
  });

  it("accepts one region's list cursor in the other, as both sign with the same secret", async () => {
    for (const n of [1, 2]) {
      await callHome(home.baseUrl, 'POST', '/users', { json: { name: `Cursor ${n}`, email: uniqueEmail('cursor') } });
    }
    const first = await callHome(home.baseUrl, 'GET', '/users?limit=1');
    const cursor = first.body.nextCursor as string;

    const next = await callOther(other.baseUrl, 'GET', `/users?limit=1&cursor=${encodeURIComponent(cursor)}`);

    expect(first.status).toBe(200);
    expect(cursor).toEqual(expect.any(String));
    expect(next.status).toBe(200);
  });
});
