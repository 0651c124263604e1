// Items in DynamoDB, in their owner's partition under `ITEM#<id>` (ids are UUIDv7,
// so the sort key orders them by creation); the trash is in itemTrash.ts.
import {
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { type Database, readRecord } from './client.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { guarded, IdempotencyKeyTaken, InvalidCursorError, ItemVersionMismatch, rethrowTransient } from './errors.js';
import { failedCondition, type Item, liveKey, partition, toItem, UUID } from './itemRecords.js';
import { createItemTrash, type ItemTrash } from './itemTrash.js';
import { type Page, pageOf } from './pages.js';
import { type Writer, writerAttributes } from './writer.js';

export type { Item };
export type ItemChanges = Pick<Item, 'name' | 'description' | 'tags'>;
export type TransactWriteItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export type ItemPage = Page<Item>;

export interface ItemsRepository extends ItemTrash {
  /** Writes all items, and the idempotency record if given, in one transaction. */
  create(owner: string, items: Item[], by: Writer, record?: TransactWriteItem): Promise<void>;
  get(owner: string, itemId: string): Promise<Item | undefined>;
  /** Newest first; the cursor is bound to the owner. */
  list(owner: string, options: { limit: number; cursor?: string | undefined }): Promise<ItemPage>;
  /** Conditional on the version (`undefined` = any); throws ItemVersionMismatch, or returns undefined when absent. */
  update(
    owner: string,
    itemId: string,
    expected: number[] | undefined,
    changes: ItemChanges,
    now: string,
    by: Writer,
  ): Promise<Item | undefined>;
}

export function createItemsRepository(db: Database, tableName: string, cursorSecret: string): ItemsRepository {
  const read = (key: Record<string, string>) => readRecord(db, tableName, key);

  return {
    async create(owner, items, by, record) {
      const puts: TransactWriteItem[] = items.map((item) => ({
        Put: {
          TableName: tableName,
          Item: { ...liveKey(owner, item.itemId), type: 'item', ...item, ...writerAttributes(by) },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      }));
      try {
        await db.send(new TransactWriteCommand({ TransactItems: record ? [...puts, record] : puts }));
      } catch (err) {
        const reasons = (err as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
        if (record && reasons?.[puts.length]?.Code === 'ConditionalCheckFailed') throw new IdempotencyKeyTaken();
        rethrowTransient(err);
      }
    },

    async get(owner, itemId) {
      const record = await read(liveKey(owner, itemId));
      return record ? toItem(record) : undefined;
    },

    async list(owner, { limit, cursor }) {
      let start: Record<string, string> | undefined;
      if (cursor !== undefined) {
        const [kind, cursorOwner, itemId] = decodeCursor(cursor, cursorSecret).split('\n');
        if (kind !== 'items' || !itemId || !UUID.test(itemId)) throw new InvalidCursorError('not an items cursor');
        if (cursorOwner !== owner) throw new InvalidCursorError('issued to another caller');
        start = liveKey(owner, itemId);
      }
      const out = await guarded(() =>
        db.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :live)',
            ExpressionAttributeValues: { ':pk': partition(owner), ':live': 'ITEM#' },
            ScanIndexForward: false,
            Limit: limit + 1,
            ExclusiveStartKey: start,
          }),
        ),
      );
      return pageOf((out.Items ?? []).map(toItem), limit, (last) =>
        encodeCursor(`items\n${owner}\n${last.itemId}`, cursorSecret),
      );
    },

    async update(owner, itemId, expected, { name, description, tags }, now, by) {
      const set = ['#name = :name', 'updatedAt = :now', 'version = version + :one', 'correlationId = :correlationId'];
      const remove: string[] = [];
      const { writtenBy, correlationId } = writerAttributes(by);
      const values: Record<string, unknown> = {
        ':name': name,
        ':now': now,
        ':one': 1,
        ':correlationId': correlationId,
      };
      if (writtenBy === undefined) remove.push('writtenBy');
      else {
        set.push('writtenBy = :writtenBy');
        values[':writtenBy'] = writtenBy;
      }
      if (description === undefined) remove.push('description');
      else {
        set.push('description = :description');
        values[':description'] = description;
      }
      if (tags === undefined) remove.push('tags');
      else {
        set.push('tags = :tags');
        values[':tags'] = tags;
      }
      let condition = 'attribute_exists(pk)';
      if (expected) {
        condition += ` AND version IN (${expected.map((_, i) => `:v${i}`).join(', ')})`;
        expected.forEach((v, i) => {
          values[`:v${i}`] = v;
        });
      }
      try {
        const out = await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: liveKey(owner, itemId),
            UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
            ConditionExpression: condition,
            ExpressionAttributeNames: { '#name': 'name' },
            ExpressionAttributeValues: values,
            ReturnValues: 'ALL_NEW',
          }),
        );
        return toItem(out.Attributes ?? {});
      } catch (err) {
        if (!failedCondition(err)) return rethrowTransient(err);
        const current = await this.get(owner, itemId);
        if (!current) return undefined;
        throw new ItemVersionMismatch(current);
      }
    },

    ...createItemTrash(db, tableName),
  };
}
