// The trash: deleted items wait under `TRASH#<id>` until DynamoDB's TTL purges
// them; restoring moves them back. Each move is one transaction.
import { DeleteCommand, type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { readRecord } from './client.js';
import { guarded, rethrowTransient, StaleVersionError } from './errors.js';
import { failedCondition, type Item, liveKey, TTL, toItem, trashKey } from './itemRecords.js';

export interface ItemTrash {
  /** Moves the live item to the trash until `purgeAt`; throws StaleVersionError if it changed since read. */
  trash(owner: string, item: Item, now: string, purgeAt: Date): Promise<void>;
  /** Brings a trashed item back unless its time is up; undefined when there is none to restore. */
  restore(owner: string, itemId: string, now: Date): Promise<Item | undefined>;
  /** Removes the item, live or trashed, at once; false when there was neither. */
  purge(owner: string, itemId: string): Promise<boolean>;
}

export function createItemTrash(db: DynamoDBDocumentClient, tableName: string): ItemTrash {
  const read = (key: Record<string, string>) => readRecord(db, tableName, key);

  return {
    async trash(owner, item, now, purgeAt) {
      const trashed = { ...item, deletedAt: now, updatedAt: now, version: item.version + 1 };
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Delete: {
                  TableName: tableName,
                  Key: liveKey(owner, item.itemId),
                  ConditionExpression: 'version = :v',
                  ExpressionAttributeValues: { ':v': item.version },
                },
              },
              {
                Put: {
                  TableName: tableName,
                  Item: {
                    ...trashKey(owner, item.itemId),
                    type: 'trashedItem',
                    ...trashed,
                    [TTL]: Math.floor(purgeAt.getTime() / 1000),
                  },
                },
              },
            ],
          }),
        );
      } catch (err) {
        if (failedCondition(err)) throw new StaleVersionError();
        rethrowTransient(err);
      }
    },

    async restore(owner, itemId, now) {
      const record = await read(trashKey(owner, itemId));
      // TTL deletion lags: a record past its time is gone for callers already.
      if (!record || Number(record[TTL]) <= Math.floor(now.getTime() / 1000)) return undefined;
      const { deletedAt: _deletedAt, ...rest } = toItem(record);
      const restored: Item = { ...rest, updatedAt: now.toISOString(), version: rest.version + 1 };
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Delete: {
                  TableName: tableName,
                  Key: trashKey(owner, itemId),
                  ConditionExpression: 'version = :v',
                  ExpressionAttributeValues: { ':v': record.version },
                },
              },
              {
                Put: {
                  TableName: tableName,
                  Item: { ...liveKey(owner, itemId), type: 'item', ...restored },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
            ],
          }),
        );
        return restored;
      } catch (err) {
        if (failedCondition(err)) return undefined; // restored or purged concurrently
        return rethrowTransient(err);
      }
    },

    async purge(owner, itemId) {
      const remove = (key: Record<string, string>) =>
        guarded(
          async () =>
            (await db.send(new DeleteCommand({ TableName: tableName, Key: key, ReturnValues: 'ALL_OLD' }))).Attributes,
        );
      const [live, trashed] = await Promise.all([remove(liveKey(owner, itemId)), remove(trashKey(owner, itemId))]);
      return live !== undefined || trashed !== undefined;
    },
  };
}
