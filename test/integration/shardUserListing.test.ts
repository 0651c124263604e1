// The backfill of users written before the listing was sharded (gsi1pk = 'USER'):
// run by `npm start` at every start and by `npm run migrate`, on DynamoDB Local,
// each on a table of its own so the counts are exact.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { ensureTable } from '../../src/local/bootstrap.js';
import { shardUserListing } from '../../src/store/migrations/shardUserListing.js';
import { listPartitionOf } from '../../src/store/userShards.js';
import { startGateway } from '../support/gateway.js';
import { documentClient, uniqueEmail, withToken } from '../support/http.js';
import { adminToken } from '../support/tokens.js';

const endpoint = inject('dynamodbEndpoint');
const db = documentClient(endpoint);

/** A fresh table holding `count` users as the unsharded version wrote them. */
async function tableWithLegacyUsers(count: number) {
  const table = `legacy-${randomUUID().slice(0, 8)}`;
  const client = new DynamoDBClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await ensureTable(client, table);
  client.destroy();
  const users = Array.from({ length: count }, (_, i) => ({
    userId: randomUUID(),
    name: `Legacy ${i}`,
    email: uniqueEmail('legacy'),
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    version: 1,
  }));
  for (const u of users) {
    const item = {
      pk: `USER#${u.userId}`,
      sk: 'USER',
      gsi1pk: 'USER',
      gsi1sk: `${u.createdAt}#${u.userId}`,
      type: 'user',
      ...u,
    };
    await db.send(new PutCommand({ TableName: table, Item: item }));
    await db.send(
      new PutCommand({
        TableName: table,
        Item: { pk: `EMAIL#${u.email}`, sk: 'EMAIL', type: 'emailGuard', userId: u.userId },
      }),
    );
  }
  return { table, users };
}

const listingKeyOf = async (table: string, userId: string) =>
  (await db.send(new GetCommand({ TableName: table, Key: { pk: `USER#${userId}`, sk: 'USER' } }))).Item?.gsi1pk;

const legacyCount = async (table: string) =>
  (
    await db.send(
      new QueryCommand({
        TableName: table,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': 'USER' },
        Select: 'COUNT',
      }),
    )
  ).Count;

describe('shardUserListing', () => {
  it('moves every legacy user onto its shard, keeps the rest of the item, and moves none twice', async () => {
    // More than one Query page would hold only with 1 MB of users; 60 spans several update batches.
    const { table, users } = await tableWithLegacyUsers(60);

    const first = await shardUserListing(db, table);
    const second = await shardUserListing(db, table);

    expect(first).toEqual({ moved: 60, skipped: 0 });
    expect(second).toEqual({ moved: 0, skipped: 0 });
    expect(await legacyCount(table)).toBe(0);
    for (const u of users) expect(await listingKeyOf(table, u.userId)).toBe(listPartitionOf(u.userId));
    const sample = users[7] as (typeof users)[number];
    const item = (await db.send(new GetCommand({ TableName: table, Key: { pk: `USER#${sample.userId}`, sk: 'USER' } })))
      .Item;
    expect(item).toEqual({
      pk: `USER#${sample.userId}`,
      sk: 'USER',
      gsi1pk: listPartitionOf(sample.userId),
      gsi1sk: `${sample.createdAt}#${sample.userId}`,
      type: 'user',
      ...sample,
    });
  });

  it('runs at npm start, after which GET /users lists the legacy users and they can be updated and deleted', async () => {
    const { table, users } = await tableWithLegacyUsers(3);
    const gateway = await startGateway({ DYNAMODB_ENDPOINT: endpoint, TABLE_NAME: table });
    try {
      const call = withToken(await adminToken(gateway.dataDir));

      const listed = await call(gateway.baseUrl, 'GET', '/users?limit=100');
      const renamed = await call(gateway.baseUrl, 'PUT', `/users/${users[0]?.userId}`, {
        json: { name: 'Legacy renamed', email: users[0]?.email },
        headers: { 'if-match': '"1"' },
      });
      const removed = await call(gateway.baseUrl, 'DELETE', `/users/${users[1]?.userId}`);
      const after = await call(gateway.baseUrl, 'GET', '/users?limit=100');

      expect(gateway.output()).toContain('Migrations: 3 user(s) moved onto their listing shard');
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((u: { userId: string }) => u.userId)).toEqual(users.map((u) => u.userId).reverse());
      expect(renamed.status).toBe(200);
      expect(removed.status).toBe(204);
      expect(after.body.items.map((u: { name: string }) => u.name)).toEqual(['Legacy 2', 'Legacy renamed']);
      expect(await listingKeyOf(table, users[0]?.userId as string)).toBe(listPartitionOf(users[0]?.userId as string));
    } finally {
      await gateway.stop();
    }
  }, 120_000);

  it('runs as npm run migrate against a table named on the command line', async () => {
    const { table, users } = await tableWithLegacyUsers(2);
    const run = () =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/store/migrations/main.ts', '--table', table], {
        env: {
          ...process.env,
          AWS_REGION: 'us-east-1',
          DYNAMODB_ENDPOINT: endpoint,
          AWS_EC2_METADATA_DISABLED: 'true',
        },
      });

    const first = await run();
    const second = await run();

    expect(first.stdout).toContain(`users listing on ${table}: 2 moved to their shard, 0 already moved`);
    expect(second.stdout).toContain(`users listing on ${table}: 0 moved to their shard, 0 already moved`);
    for (const u of users) expect(await listingKeyOf(table, u.userId)).toBe(listPartitionOf(u.userId));
  }, 60_000);
});
