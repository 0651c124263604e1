// From a DynamoDB stream record (NEW_AND_OLD_IMAGES) to the domain event it means, if any.
// The record's keys say what it is (src/store/); storage records (guards, idempotency) mean nothing.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { toItem } from '../store/itemRecords.js';
import { toUser } from '../store/userRecords.js';
import {
  type DomainEvent,
  EVENT_SOURCE,
  type Item,
  type ItemEvent,
  type ItemEventType,
  type User,
  type UserEvent,
  type UserEventType,
} from './domainEvent.js';

type Image = Record<string, unknown>;

/** Fields of the API's User and Item whose change an update event reports. */
const USER_FIELDS = ['name', 'email', 'age'] as const;
const ITEM_FIELDS = ['name', 'description', 'tags'] as const;
type UserChanges = UserEvent['detail']['changes'];
type ItemChanges = ItemEvent['detail']['changes'];

/** A record this consumer cannot read: a poison record, reported as a failure. */
export class UnreadableRecordError extends Error {
  override name = 'UnreadableRecordError';
}

const imageOf = (image: Record<string, unknown> | undefined): Image | undefined =>
  image === undefined ? undefined : unmarshall(image as Record<string, AttributeValue>);

/** True when DynamoDB itself removed the record: its TTL expired (the only deletes it makes). */
export const isTtlDeletion = (record: DynamoDBRecord) =>
  record.eventName === 'REMOVE' &&
  record.userIdentity?.type === 'Service' &&
  record.userIdentity.principalId === 'dynamodb.amazonaws.com';

function changedFields<F extends string>(fields: readonly F[], before: Image, after: Image): F[] {
  return fields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/** The writer attributes the store puts on every record (src/store/writer.ts). */
function writerOf(image: Image): { caller?: string; correlationId?: string } {
  return {
    ...(typeof image.writtenBy === 'string' ? { caller: image.writtenBy } : {}),
    ...(typeof image.correlationId === 'string' ? { correlationId: image.correlationId } : {}),
  };
}

/** What a record is, by its sort key: users at `USER#<id>`/`USER`, items in the owner's partition. */
function kindOf(keys: Image): { kind: string; owner?: string } {
  const pk = String(keys.pk ?? '');
  const sk = String(keys.sk ?? '');
  if (pk.startsWith('USER#') && (sk === 'USER' || sk === 'DELETED')) return { kind: `user:${sk}` };
  const owner = pk.startsWith('OWNER#') ? pk.slice('OWNER#'.length) : undefined;
  const prefix = /^(ITEM|TRASH|PURGED)#/.exec(sk)?.[1];
  if (owner && prefix) return { kind: `item:${prefix}`, owner };
  return { kind: 'storage' };
}

/** Zero or one domain event for a stream record; throws UnreadableRecordError for a record it cannot map. */
export function toDomainEvent(record: DynamoDBRecord): DomainEvent | undefined {
  const stream = record.dynamodb;
  if (!stream?.Keys || record.eventID === undefined || record.eventName === undefined) {
    throw new UnreadableRecordError('a stream record without keys, eventID or eventName');
  }
  const { kind, owner } = kindOf(imageOf(stream.Keys) ?? {});
  const before = imageOf(stream.OldImage);
  const after = imageOf(stream.NewImage);
  const seconds = stream.ApproximateCreationDateTime ?? Math.floor(Date.now() / 1000);
  const envelope = { id: record.eventID, source: EVENT_SOURCE, time: new Date(seconds * 1000).toISOString() } as const;
  const needImage = (image: Image | undefined, which: string): Image => {
    if (image === undefined) throw new UnreadableRecordError(`${record.eventName} ${kind} without its ${which} image`);
    return image;
  };

  const userEvent = (type: UserEventType, image: Image, changes?: UserChanges): UserEvent => ({
    ...envelope,
    type,
    detail: { resource: toUser(image) as User, ...writerOf(image), ...(changes ? { changes } : {}) },
  });
  const itemEvent = (type: ItemEventType, image: Image, changes?: ItemChanges): ItemEvent => {
    const resource = toItem(image) as Item;
    // A purge makes no new version; one more than the last keeps every item's versions increasing.
    const version = type === 'ItemPurged' ? resource.version + 1 : resource.version;
    return {
      ...envelope,
      type,
      detail: { resource, owner: owner as string, version, ...writerOf(image), ...(changes ? { changes } : {}) },
    };
  };

  switch (`${kind}:${record.eventName}`) {
    case 'user:USER:INSERT':
      return userEvent('UserCreated', needImage(after, 'new'));
    case 'user:USER:MODIFY': {
      const [old, now] = [needImage(before, 'old'), needImage(after, 'new')];
      // The same version: a storage-only rewrite (e.g. a migration moving the listing key).
      if (old.version === now.version) return undefined;
      return userEvent('UserUpdated', now, changedFields(USER_FIELDS, old, now));
    }
    case 'user:DELETED:INSERT':
      return userEvent('UserDeleted', needImage(after, 'new'));
    case 'item:ITEM:INSERT': {
      const image = needImage(after, 'new');
      // A restore puts the item back at a later version; a new item starts at version 1.
      return itemEvent(Number(image.version) > 1 ? 'ItemRestored' : 'ItemCreated', image);
    }
    case 'item:ITEM:MODIFY': {
      const [old, now] = [needImage(before, 'old'), needImage(after, 'new')];
      if (old.version === now.version) return undefined;
      return itemEvent('ItemUpdated', now, changedFields(ITEM_FIELDS, old, now));
    }
    case 'item:TRASH:INSERT':
      return itemEvent('ItemTrashed', needImage(after, 'new'));
    case 'item:PURGED:INSERT':
      return itemEvent('ItemPurged', needImage(after, 'new'));
    case 'item:TRASH:REMOVE': {
      // Only DynamoDB's TTL purges from the trash silently; a restore or an API purge is told by the
      // record it puts (ITEM# or PURGED#), which carries the caller and the correlation id.
      if (!isTtlDeletion(record)) return undefined;
      const { writtenBy: _by, correlationId: _id, ...image } = needImage(before, 'old');
      return itemEvent('ItemPurged', image);
    }
    default:
      // Deletes by the API (their tombstones tell), tombstones expiring, guards, idempotency records.
      return undefined;
  }
}
