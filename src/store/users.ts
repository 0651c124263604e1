// Users in DynamoDB. Owns every expression on user and email-guard items.
// Email uniqueness is atomic: the user item and a guard item keyed by the email
// are written in one transaction whose guard put requires attribute_not_exists.
import type { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { type Database, readRecord } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { EmailTakenError, guarded, InvalidCursorError, rethrowTransient, StaleVersionError } from './errors.js';
import { type Page, pageOf } from './pages.js';
import { tableDefinition } from './table.js';
import { deletedUserKey, toUser, type User, userKey } from './userRecords.js';
import { allListPartitions, listPartitionOf, mergeNewestFirst } from './userShards.js';
import { tombstoneExpiry, type Writer, writerAttributes } from './writer.js';

export type { User };

export type UserPage = Page<User>;

export interface UsersRepository {
  /** Throws EmailTakenError when the email belongs to someone else. */
  create(user: User, by: Writer): Promise<void>;
  get(userId: string): Promise<User | undefined>;
  /** `email` must already be lower-cased. */
  findByEmail(email: string): Promise<User | undefined>;
  /** Newest first. Throws InvalidCursorError for a cursor it did not issue. */
  list(options: { limit: number; cursor?: string | undefined }): Promise<UserPage>;
  /** Writes `next` only if the stored user is still `current`; throws StaleVersionError or EmailTakenError. */
  replace(current: User, next: User, by: Writer): Promise<void>;
  /** Deletes the user and frees the email, only if the stored user is still `current`; leaves a tombstone. */
  delete(current: User, by: Writer, now: Date): Promise<void>;
}

const INDEX = tableDefinition.globalSecondaryIndexes[0]?.indexName ?? 'gsi1';
const emailKey = (email: string) => ({ pk: `EMAIL#${email}`, sk: 'EMAIL' });
const listPosition = (user: Pick<User, 'createdAt' | 'userId'>) => `${user.createdAt}#${user.userId}`;
// Positions are `<ISO timestamp>#<uuid>`; anything else in a cursor is refused.
const POSITION =
  /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)#([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

function toItem(user: User, by: Writer) {
  return {
    ...userKey(user.userId),
    gsi1pk: listPartitionOf(user.userId),
    gsi1sk: listPosition(user),
    type: 'user',
    ...user,
    ...writerAttributes(by),
  };
}

/** Which items of a cancelled transaction failed their condition. */
function failedConditions(err: unknown): boolean[] | undefined {
  if (!(err instanceof Error) || err.name !== 'TransactionCanceledException') return undefined;
  const reasons = (err as TransactionCanceledException).CancellationReasons ?? [];
  return reasons.map((r) => r.Code === 'ConditionalCheckFailed');
}

export function createUsersRepository(db: Database, tableName: string, cursorSecret: string): UsersRepository {
  const transact = async (
    input: TransactWriteCommandInput['TransactItems'],
    onConflict: (failed: boolean[]) => never,
  ) => {
    try {
      await db.send(new TransactWriteCommand({ TransactItems: input }));
    } catch (err) {
      const failed = failedConditions(err);
      if (failed?.some(Boolean)) onConflict(failed);
      rethrowTransient(err);
    }
  };
  const getItem = (key: Record<string, string>) => readRecord(db, tableName, key);

  return {
    async create(user, by) {
      await transact(
        [
          { Put: { TableName: tableName, Item: toItem(user, by), ConditionExpression: 'attribute_not_exists(pk)' } },
          {
            Put: {
              TableName: tableName,
              Item: { ...emailKey(user.email), type: 'emailGuard', userId: user.userId },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
        (failed) => {
          if (failed[1]) throw new EmailTakenError(user.email);
          throw new StaleVersionError();
        },
      );
    },

    async get(userId) {
      const item = await getItem(userKey(userId));
      return item ? toUser(item) : undefined;
    },

    async findByEmail(email) {
      const guard = await getItem(emailKey(email));
      if (typeof guard?.userId !== 'string') return undefined;
      return this.get(guard.userId);
    },

    async list({ limit, cursor }) {
      let position: string | undefined;
      if (cursor !== undefined) {
        position = decodeCursor(cursor, cursorSecret);
        if (!POSITION.test(position)) throw new InvalidCursorError('malformed position');
      }
      // gsi1sk (<createdAt>#<userId>) is unique, so "older than the last position returned"
      // is the next page of every shard: the cursor stays one position, as before sharding.
      const shards = await guarded(() =>
        Promise.all(
          allListPartitions().map(async (partition) => {
            const out = await db.send(
              new QueryCommand({
                TableName: tableName,
                IndexName: INDEX,
                KeyConditionExpression: position === undefined ? 'gsi1pk = :p' : 'gsi1pk = :p AND gsi1sk < :after',
                ExpressionAttributeValues: {
                  ':p': partition,
                  ...(position === undefined ? {} : { ':after': position }),
                },
                ScanIndexForward: false,
                Limit: limit + 1,
              }),
            );
            return out.Items ?? [];
          }),
        ),
      );
      const rows = mergeNewestFirst(shards, limit + 1, (item) => String(item.gsi1sk));
      return pageOf(rows.map(toUser), limit, (last) => encodeCursor(listPosition(last), cursorSecret));
    },

    async replace(current, next, by) {
      const sameVersion = {
        ConditionExpression: 'version = :v',
        ExpressionAttributeValues: { ':v': current.version },
      };
      const put = { Put: { TableName: tableName, Item: toItem(next, by), ...sameVersion } };
      if (current.email === next.email) {
        try {
          await db.send(new PutCommand(put.Put));
          return;
        } catch (err) {
          if (err instanceof Error && err.name === 'ConditionalCheckFailedException') throw new StaleVersionError();
          return rethrowTransient(err);
        }
      }
      return transact(
        [
          put,
          {
            Delete: {
              TableName: tableName,
              Key: emailKey(current.email),
              ConditionExpression: 'userId = :u',
              ExpressionAttributeValues: { ':u': current.userId },
            },
          },
          {
            Put: {
              TableName: tableName,
              Item: { ...emailKey(next.email), type: 'emailGuard', userId: next.userId },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
        (failed) => {
          // A changed user wins over a taken email: the caller re-reads and retries.
          if (!failed[0] && failed[2]) throw new EmailTakenError(next.email);
          throw new StaleVersionError();
        },
      );
    },

    async delete(current, by, now) {
      const tombstone = {
        ...deletedUserKey(current.userId),
        type: 'deletedUser',
        ...current,
        ...writerAttributes(by),
        ...tombstoneExpiry(now),
      };
      await transact(
        [
          {
            Delete: {
              TableName: tableName,
              Key: userKey(current.userId),
              ConditionExpression: 'version = :v',
              ExpressionAttributeValues: { ':v': current.version },
            },
          },
          {
            Delete: {
              TableName: tableName,
              Key: emailKey(current.email),
              ConditionExpression: 'userId = :u',
              ExpressionAttributeValues: { ':u': current.userId },
            },
          },
          { Put: { TableName: tableName, Item: tombstone } },
        ],
        () => {
          throw new StaleVersionError();
        },
      );
    },
  };
}
