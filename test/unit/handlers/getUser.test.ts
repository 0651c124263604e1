// getUser (GET /users/{userId}) on the real users repository over a fake DynamoDB client
// (AWS is the only thing faked): the stored user with its ETag, or a 404 problem.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { getUser } from '../../../src/handlers/getUser.js';
import type { Input } from '../../../src/handlers/types.js';
import { NotFound } from '../../../src/http/problems.js';
import type { Database } from '../../../src/store/client.js';
import { createUsersRepository } from '../../../src/store/users.js';

const TABLE = 'users-test';
const ada = {
  userId: '0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  version: 3,
};

/** A client that answers GetCommand from `items` (keyed `pk|sk`) and records what it was asked. */
function fakeDatabase(items: Record<string, Record<string, unknown>>) {
  const asked: unknown[] = [];
  const db = {
    send: (async (command: object) => {
      if (!(command instanceof GetCommand)) throw new Error(`unexpected ${command.constructor.name}`);
      asked.push(command.input);
      const { pk, sk } = command.input.Key as { pk: string; sk: string };
      return { Item: items[`${pk}|${sk}`] };
    }) as unknown as Database['send'],
  };
  return { db, asked };
}

const input = (userId: string): Input<'getUser'> => ({
  path: { userId },
  query: {},
  headers: {},
  body: undefined,
  correlationId: 'test-correlation-id',
  caller: { sub: userId, groups: [] },
});

describe('getUser', () => {
  it('answers 200 with the stored user and its version as ETag, read consistently', async () => {
    const { db, asked } = fakeDatabase({
      [`USER#${ada.userId}|USER`]: { pk: `USER#${ada.userId}`, sk: 'USER', ...ada },
    });
    const users = createUsersRepository(db, TABLE, 'x'.repeat(64));

    const result = await getUser({ users })(input(ada.userId));

    expect(result).toEqual({ status: 200, body: ada, headers: { etag: '"3"' } });
    expect(asked).toEqual([{ TableName: TABLE, Key: { pk: `USER#${ada.userId}`, sk: 'USER' }, ConsistentRead: true }]);
  });

  it('throws a 404 problem naming the user when there is none', async () => {
    const { db } = fakeDatabase({});
    const users = createUsersRepository(db, TABLE, 'x'.repeat(64));

    const answering = getUser({ users })(input('no-such-user'));

    await expect(answering).rejects.toBeInstanceOf(NotFound);
    await expect(answering).rejects.toMatchObject({ status: 404, detail: 'User no-such-user does not exist.' });
  });
});
