// Items in DynamoDB, in their owner's partition: live ones under `ITEM#<id>`
// (ids are UUIDv7, so the sort key orders them by creation), deleted ones under
// `TRASH#<id>` with a TTL. Owns every expression on item records.
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { components } from '../../generated/types.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { InvalidCursorError, rethrowTransient, StaleVersionError } from './errors.js';
import { tableDefinition } from './table.js';

export type Item = components['schemas']['Item'];
export type ItemChanges = Pick<Item, 'name' | 'description' | 'tags'>;
export type TransactWriteItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface ItemPage {
  items: Item[];
  nextCursor?: string;
}

/** The stored item is at another version than the caller expected. */
export class ItemVersionMismatch extends Error {
  constructor(readonly current: Item) {
    super('item version mismatch');
    this.name = 'ItemVersionMismatch';
  }
}

/** Another request already used this idempotency key (its record exists). */
export class IdempotencyKeyTaken extends Error {
  override name = 'IdempotencyKeyTaken';
}

export interface ItemsRepository {
  /** Writes all items, and the idempotency record if given, in one transaction. */
  create(owner: string, items: Item[], record?: TransactWriteItem): Promise<void>;
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
  ): Promise<Item | undefined>;
  /** Moves the item to the trash until `purgeAt`; false when there is no such live item. */
  trash(owner: string, item: Item, now: string, purgeAt: Date): Promise<void>;
  /** Brings a trashed item back unless its time is up; undefined when there is none to restore. */
  restore(owner: string, itemId: string, now: Date): Promise<Item | undefined>;
  /** Removes the item, live or trashed, at once; false when there was neither. */
  purge(owner: string, itemId: string): Promise<boolean>;
}

const TTL = tableDefinition.timeToLiveAttribute;
const partition = (owner: string) => `OWNER#${owner}`;
const liveKey = (owner: string, itemId: string) => ({ pk: partition(owner), sk: `ITEM#${itemId}` });
const trashKey = (owner: string, itemId: string) => ({ pk: partition(owner), sk: `TRASH#${itemId}` });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function toItem(record: Record<string, unknown>): Item {
  const { itemId, name, description, tags, createdAt, updatedAt, deletedAt, version } = record as Item;
  return {
    itemId,
    name,
    ...(description === undefined ? {} : { description }),
    ...(tags === undefined ? {} : { tags }),
    createdAt,
    updatedAt,
    ...(deletedAt === undefined ? {} : { deletedAt }),
    version,
  };
}

const failedCondition = (err: unknown) =>
  err instanceof Error &&
  (err.name === 'ConditionalCheckFailedException' || err.name === 'TransactionCanceledException');

export function createItemsRepository(
  db: DynamoDBDocumentClient,
  tableName: string,
  cursorSecret: string,
): ItemsRepository {
  const send = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      return rethrowTransient(err);
    }
  };
  const read = (key: Record<string, string>) =>
    send(async () => (await db.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item);

  return {
    async create(owner, items, record) {
      const puts: TransactWriteItem[] = items.map((item) => ({
        Put: {
          TableName: tableName,
          Item: { ...liveKey(owner, item.itemId), type: 'item', ...item },
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
      // One more than asked, so nextCursor appears only when another page exists.
      const out = await send(() =>
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
      const items = (out.Items ?? []).map(toItem);
      const page = items.slice(0, limit);
      const last = page.at(-1);
      if (items.length <= limit || !last) return { items: page };
      return { items: page, nextCursor: encodeCursor(`items\n${owner}\n${last.itemId}`, cursorSecret) };
    },

    async update(owner, itemId, expected, { name, description, tags }, now) {
      const set = ['#name = :name', 'updatedAt = :now', 'version = version + :one'];
      const remove: string[] = [];
      const values: Record<string, unknown> = { ':name': name, ':now': now, ':one': 1 };
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
        send(
          async () =>
            (await db.send(new DeleteCommand({ TableName: tableName, Key: key, ReturnValues: 'ALL_OLD' }))).Attributes,
        );
      const [live, trashed] = await Promise.all([remove(liveKey(owner, itemId)), remove(trashKey(owner, itemId))]);
      return live !== undefined || trashed !== undefined;
    },
  };
}
