// The trash: deleted items wait under `TRASH#<id>` until DynamoDB's TTL purges
// them; restoring moves them back. Each move is one transaction.
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type Database, readRecord } from './client.js';
import { rethrowTransient, StaleVersionError } from './errors.js';
import { failedCondition, type Item, liveKey, purgedKey, TTL, toItem, trashKey } from './itemRecords.js';
import { tombstoneExpiry, type Writer, writerAttributes } from './writer.js';

const PURGE_ATTEMPTS = 3;

export interface ItemTrash {
  /** Moves the live item to the trash until `purgeAt`; throws StaleVersionError if it changed since read. */
  trash(owner: string, item: Item, now: string, purgeAt: Date, by: Writer): Promise<void>;
  /** Brings a trashed item back unless its time is up; undefined when there is none to restore. */
  restore(owner: string, itemId: string, now: Date, by: Writer): Promise<Item | undefined>;
  /**
   * Removes the item, live or trashed, at once, leaving a tombstone that tells the stream who did;
   * false when there was neither; StaleVersionError when it keeps changing meanwhile.
   */
  purge(owner: string, itemId: string, by: Writer, now: Date): Promise<boolean>;
}

export function createItemTrash(db: Database, tableName: string): ItemTrash {
  const read = (key: Record<string, string>) => readRecord(db, tableName, key);
  /**
   * One transaction: deletes `from` if it is still at `version` and puts `to` under
   * `putCondition`. False when a condition failed (the record moved on); transient
   * failures become DatabaseUnavailableError.
   */
  async function move(
    from: Record<string, string>,
    version: unknown,
    to: Record<string, unknown>,
    putCondition?: string,
  ): Promise<boolean> {
    try {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Delete: {
                TableName: tableName,
                Key: from,
                ConditionExpression: 'version = :v',
                ExpressionAttributeValues: { ':v': version },
              },
            },
            { Put: { TableName: tableName, Item: to, ...(putCondition && { ConditionExpression: putCondition }) } },
          ],
        }),
      );
      return true;
    } catch (err) {
      if (failedCondition(err)) return false;
      return rethrowTransient(err);
    }
  }

  return {
    async trash(owner, item, now, purgeAt, by) {
      const trashed = { ...item, deletedAt: now, updatedAt: now, version: item.version + 1 };
      const record = {
        ...trashKey(owner, item.itemId),
        type: 'trashedItem',
        ...writerAttributes(by),
        ...trashed,
        [TTL]: Math.floor(purgeAt.getTime() / 1000),
      };
      if (!(await move(liveKey(owner, item.itemId), item.version, record))) throw new StaleVersionError();
    },

    async restore(owner, itemId, now, by) {
      const record = await read(trashKey(owner, itemId));
      // TTL deletion lags: a record past its time is gone for callers already.
      if (!record || Number(record[TTL]) <= Math.floor(now.getTime() / 1000)) return undefined;
      const { deletedAt: _deletedAt, ...rest } = toItem(record);
      const restored: Item = { ...rest, updatedAt: now.toISOString(), version: rest.version + 1 };
      const live = { ...liveKey(owner, itemId), type: 'item', ...restored, ...writerAttributes(by) };
      // A failed condition: restored or purged concurrently.
      return (await move(trashKey(owner, itemId), record.version, live, 'attribute_not_exists(pk)'))
        ? restored
        : undefined;
    },

    async purge(owner, itemId, by, now) {
      for (let attempt = 1; attempt <= PURGE_ATTEMPTS; attempt++) {
        const [live, trashed] = await Promise.all([read(liveKey(owner, itemId)), read(trashKey(owner, itemId))]);
        const last = live ?? trashed;
        if (last === undefined) return false;
        const removals = [
          { key: liveKey(owner, itemId), record: live },
          { key: trashKey(owner, itemId), record: trashed },
        ].flatMap(({ key, record }) =>
          record === undefined
            ? []
            : [
                {
                  Delete: {
                    TableName: tableName,
                    Key: key,
                    ConditionExpression: 'version = :v',
                    ExpressionAttributeValues: { ':v': record.version },
                  },
                },
              ],
        );
        const tombstone = {
          ...purgedKey(owner, itemId),
          type: 'purgedItem',
          ...toItem(last),
          ...writerAttributes(by),
          ...tombstoneExpiry(now),
        };
        try {
          await db.send(
            new TransactWriteCommand({
              TransactItems: [...removals, { Put: { TableName: tableName, Item: tombstone } }],
            }),
          );
          return true;
        } catch (err) {
          // Changed (updated, trashed, restored) since read: read again.
          if (!failedCondition(err)) return rethrowTransient(err);
        }
      }
      throw new StaleVersionError();
    },
  };
}
