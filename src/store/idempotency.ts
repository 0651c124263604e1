// Idempotency records: the first response to a (caller, Idempotency-Key) pair,
// written in the same transaction as the items it created, so a retry can never
// write twice. Records live 24 hours (DynamoDB's TTL removes them).
import { type Database, readRecord } from './client.js';
import type { TransactWriteItem } from './items.js';
import { tableDefinition } from './table.js';

export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

export interface StoredResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface IdempotencyRecord {
  fingerprint: string;
  response: StoredResponse;
}

export interface IdempotencyStore {
  /** The live record for the key, if any. */
  find(owner: string, key: string, now: Date): Promise<IdempotencyRecord | undefined>;
  /** A transaction item that saves the record, failing if the key already has a live one. */
  record(owner: string, key: string, record: IdempotencyRecord, now: Date): TransactWriteItem;
}

const recordKey = (owner: string, key: string) => ({ pk: `OWNER#${owner}`, sk: `IDEMPOTENCY#${key}` });
const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

export function createIdempotencyStore(db: Database, tableName: string): IdempotencyStore {
  const ttl = tableDefinition.timeToLiveAttribute;
  return {
    async find(owner, key, now) {
      const item = await readRecord(db, tableName, recordKey(owner, key));
      // TTL deletion lags by up to days: an expired record counts as gone.
      if (!item || Number(item[ttl]) <= epochSeconds(now)) return undefined;
      return { fingerprint: String(item.fingerprint), response: item.response as StoredResponse };
    },

    record(owner, key, { fingerprint, response }, now) {
      return {
        Put: {
          TableName: tableName,
          Item: {
            ...recordKey(owner, key),
            type: 'idempotency',
            fingerprint,
            response,
            [ttl]: epochSeconds(now) + IDEMPOTENCY_TTL_SECONDS,
          },
          ConditionExpression: 'attribute_not_exists(pk) OR #ttl <= :now',
          ExpressionAttributeNames: { '#ttl': ttl },
          ExpressionAttributeValues: { ':now': epochSeconds(now) },
        },
      };
    },
  };
}
