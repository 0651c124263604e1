// How items are laid out in the owner's partition: live ones under `ITEM#<id>`,
// trashed ones under `TRASH#<id>` with a TTL, tombstones under `PURGED#<id>`; shared by the item stores.
import type { components } from '../../generated/types.js';
import { isTransient } from './errors.js';
import { tableDefinition } from './table.js';

export type Item = components['schemas']['Item'];

export const TTL = tableDefinition.timeToLiveAttribute;
export const partition = (owner: string) => `OWNER#${owner}`;
export const liveKey = (owner: string, itemId: string) => ({ pk: partition(owner), sk: `ITEM#${itemId}` });
export const trashKey = (owner: string, itemId: string) => ({ pk: partition(owner), sk: `TRASH#${itemId}` });
/** The tombstone of an item purged through the API, which carries who purged it to the stream (writer.ts). */
export const purgedKey = (owner: string, itemId: string) => ({ pk: partition(owner), sk: `PURGED#${itemId}` });
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function toItem(record: Record<string, unknown>): Item {
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

/** A condition failed (the record moved on); a transaction cancelled by throttling is transient instead. */
export const failedCondition = (err: unknown) =>
  err instanceof Error &&
  (err.name === 'ConditionalCheckFailedException' ||
    (err.name === 'TransactionCanceledException' && !isTransient(err)));
