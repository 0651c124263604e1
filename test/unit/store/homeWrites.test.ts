// Outside the home region every write goes to the home region's client and only reads stay
// local, whatever the command; a command it does not know counts as a write.
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/store/client.js';
import { homeWrites } from '../../../src/store/homeWrites.js';

/** A Database that records what it was sent and answers with its own name. */
function recording(name: string) {
  const sent: string[] = [];
  const db = {
    send: (async (command: object) => {
      sent.push(command.constructor.name);
      return { from: name };
    }) as unknown as Database['send'],
  };
  return { db, sent };
}

const T = 'users-api-dev';
const key = { pk: 'USER#1', sk: 'USER' };

describe('homeWrites', () => {
  it('sends reads to the local replica', async () => {
    const local = recording('local');
    const home = recording('home');
    const db = homeWrites(local.db, home.db);

    const answers = await Promise.all([
      db.send(new GetCommand({ TableName: T, Key: key })),
      db.send(new QueryCommand({ TableName: T, KeyConditionExpression: 'pk = :p' })),
      db.send(new ScanCommand({ TableName: T })),
      db.send(new BatchGetCommand({ RequestItems: { [T]: { Keys: [key] } } })),
      db.send(new TransactGetCommand({ TransactItems: [{ Get: { TableName: T, Key: key } }] })),
    ]);

    expect(answers).toEqual(Array(5).fill({ from: 'local' }));
    expect(local.sent).toHaveLength(5);
    expect(home.sent).toEqual([]);
  });

  it('sends every write, transactions and conditional writes included, to the home region', async () => {
    const local = recording('local');
    const home = recording('home');
    const db = homeWrites(local.db, home.db);

    const answers = await Promise.all([
      db.send(new PutCommand({ TableName: T, Item: key, ConditionExpression: 'attribute_not_exists(pk)' })),
      db.send(new UpdateCommand({ TableName: T, Key: key, UpdateExpression: 'SET a = :a' })),
      db.send(new DeleteCommand({ TableName: T, Key: key })),
      db.send(new TransactWriteCommand({ TransactItems: [{ Put: { TableName: T, Item: key } }] })),
      db.send(new BatchWriteCommand({ RequestItems: { [T]: [{ PutRequest: { Item: key } }] } })),
    ]);

    expect(answers).toEqual(Array(5).fill({ from: 'home' }));
    expect(home.sent).toEqual([
      'PutCommand',
      'UpdateCommand',
      'DeleteCommand',
      'TransactWriteCommand',
      'BatchWriteCommand',
    ]);
    expect(local.sent).toEqual([]);
  });
});
