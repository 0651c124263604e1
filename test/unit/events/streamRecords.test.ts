// Stream records become the right domain event, or none: built from the items the store writes,
// in AWS's documented record shape, so a change to the store's layout that the mapping misses fails here.
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../src/events/domainEvent.js';
import { assertValidEvent } from '../../../src/events/eventValidation.js';
import { streamFilterPatterns } from '../../../src/events/streamFilters.js';
import { toDomainEvent, UnreadableRecordError } from '../../../src/events/streamRecords.js';
import { passesFilters } from '../../../src/local/events/filterPattern.js';
import { createIdempotencyStore } from '../../../src/store/idempotency.js';
import { createItemsRepository } from '../../../src/store/items.js';
import { createUsersRepository, type User } from '../../../src/store/users.js';
import { recordingDatabase, streamRecord } from './streamRecord.js';

const T = 'users-api-test';
const by = { caller: 'sub-alice', correlationId: 'corr-1' };
const now = new Date('2026-12-01T10:00:00.000Z');
const user: User = {
  userId: '0b8f3b1e-8a56-4c0e-9b1a-6f1f8e1d2c3a',
  name: 'Ada',
  email: 'ada@example.com',
  age: 36,
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
  version: 1,
};
const item = {
  itemId: '019ad1c2-0000-7000-8000-000000000001',
  name: 'Lamp',
  tags: ['home'],
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
  version: 1,
};

async function userWrites() {
  const { db, puts } = recordingDatabase();
  const users = createUsersRepository(db, T, 'secret');
  await users.create(user, by);
  const [created, guard] = puts;
  const next = { ...user, email: 'ada@example.org', version: 2 };
  await users.replace(user, next, { correlationId: 'corr-2' });
  await users.delete(next, { caller: 'sub-admin', correlationId: 'corr-3' }, now);
  return { created, guard, updated: puts[2], tombstone: puts.at(-1) };
}

async function itemWrites() {
  const { db, puts } = recordingDatabase();
  const items = createItemsRepository(db, T, 'secret');
  await items.create(
    'sub-alice',
    [item],
    by,
    createIdempotencyStore(db, T).record(
      'sub-alice',
      'k',
      { fingerprint: 'f', response: { status: 201, body: item } },
      now,
    ),
  );
  const [live, idempotency] = puts;
  await items.trash('sub-alice', { ...item, version: 2 }, now.toISOString(), new Date('2026-12-31T10:00:00Z'), {
    caller: 'sub-alice',
    correlationId: 'corr-trash',
  });
  const trashed = puts.at(-1) as Record<string, unknown>;
  const stored = recordingDatabase({ [`${trashed.pk}|${trashed.sk}`]: trashed });
  const restoring = createItemsRepository(stored.db, T, 'secret');
  await restoring.restore('sub-alice', item.itemId, now, { caller: 'sub-alice', correlationId: 'corr-restore' });
  await restoring.purge('sub-alice', item.itemId, { caller: 'sub-alice', correlationId: 'corr-purge' }, now);
  return { live, idempotency, trashed, restored: stored.puts[0], tombstone: stored.puts.at(-1) };
}

describe('users', () => {
  it('turns a created user into UserCreated with the API resource, the caller and the correlation id', async () => {
    const { created } = await userWrites();
    const record = streamRecord({ eventName: 'INSERT', newImage: created, eventID: 'evt-1' });

    expect(toDomainEvent(record)).toEqual({
      id: 'evt-1',
      type: 'UserCreated',
      source: 'users-api',
      time: '2025-12-06T05:46:40.000Z',
      detail: { resource: user, caller: 'sub-alice', correlationId: 'corr-1' },
    });
  });

  it('says which fields an update changed, without a caller when the operation is public', async () => {
    const { created, updated } = await userWrites();
    const event = toDomainEvent(streamRecord({ eventName: 'MODIFY', oldImage: created, newImage: updated }));

    expect(event?.type).toBe('UserUpdated');
    expect(event?.detail).toEqual({
      resource: { ...user, email: 'ada@example.org', version: 2 },
      changes: ['email'],
      correlationId: 'corr-2',
    });
  });

  it('publishes nothing for a rewrite that keeps the version (the listing-shard migration)', async () => {
    const { created } = await userWrites();
    const moved = { ...created, gsi1pk: 'USER#3' };

    expect(toDomainEvent(streamRecord({ eventName: 'MODIFY', oldImage: created, newImage: moved }))).toBeUndefined();
  });

  it('tells a deletion by its tombstone, with who deleted, and ignores the removal itself', async () => {
    const { updated, tombstone } = await userWrites();

    expect(toDomainEvent(streamRecord({ eventName: 'REMOVE', oldImage: updated }))).toBeUndefined();
    const event = toDomainEvent(streamRecord({ eventName: 'INSERT', newImage: tombstone }));
    expect(event?.type).toBe('UserDeleted');
    expect(event?.detail).toEqual({
      resource: { ...user, email: 'ada@example.org', version: 2 },
      caller: 'sub-admin',
      correlationId: 'corr-3',
    });
  });

  it('never makes an event of an email guard, nor of a tombstone expiring', async () => {
    const { guard, tombstone } = await userWrites();

    expect(toDomainEvent(streamRecord({ eventName: 'INSERT', newImage: guard }))).toBeUndefined();
    expect(toDomainEvent(streamRecord({ eventName: 'REMOVE', oldImage: guard }))).toBeUndefined();
    expect(toDomainEvent(streamRecord({ eventName: 'REMOVE', oldImage: tombstone, byTtl: true }))).toBeUndefined();
  });
});

describe('items', () => {
  it('turns a created item into ItemCreated with its owner and version, and its idempotency record into nothing', async () => {
    const { live, idempotency } = await itemWrites();

    const event = toDomainEvent(streamRecord({ eventName: 'INSERT', newImage: live }));
    expect(event?.type).toBe('ItemCreated');
    expect(event?.detail).toEqual({
      resource: item,
      owner: 'sub-alice',
      version: 1,
      caller: 'sub-alice',
      correlationId: 'corr-1',
    });
    expect(toDomainEvent(streamRecord({ eventName: 'INSERT', newImage: idempotency }))).toBeUndefined();
  });

  it('says which fields an update changed', async () => {
    const { live } = await itemWrites();
    const next = { ...live, tags: ['office'], version: 2, correlationId: 'corr-u' };

    const event = toDomainEvent(streamRecord({ eventName: 'MODIFY', oldImage: live, newImage: next }));
    expect(event?.type).toBe('ItemUpdated');
    expect(event?.detail).toMatchObject({ changes: ['tags'], version: 2, correlationId: 'corr-u' });
  });

  it('tells trash and restore from the record put, not from the one removed', async () => {
    const { live, trashed, restored } = await itemWrites();

    expect(toDomainEvent(streamRecord({ eventName: 'REMOVE', oldImage: live }))).toBeUndefined();
    const trash = toDomainEvent(streamRecord({ eventName: 'INSERT', newImage: trashed }));
    expect(trash?.type).toBe('ItemTrashed');
    expect(trash?.detail).toMatchObject({ version: 3, correlationId: 'corr-trash' });
    expect(trash?.detail.resource).toHaveProperty('deletedAt');

    expect(toDomainEvent(streamRecord({ eventName: 'REMOVE', oldImage: trashed }))).toBeUndefined();
    const restore = toDomainEvent(streamRecord({ eventName: 'INSERT', newImage: restored }));
    expect(restore?.type).toBe('ItemRestored');
    expect(restore?.detail).toMatchObject({ version: 4, correlationId: 'corr-restore' });
    expect(restore?.detail.resource).not.toHaveProperty('deletedAt');
  });

  it('tells a purge by TTL from the userIdentity, without caller or correlation id, one version on', async () => {
    const { trashed } = await itemWrites();

    const event = toDomainEvent(streamRecord({ eventName: 'REMOVE', oldImage: trashed, byTtl: true }));
    expect(event?.type).toBe('ItemPurged');
    expect(event?.detail).toEqual({
      resource: expect.objectContaining({ itemId: item.itemId, version: 3 }),
      owner: 'sub-alice',
      version: 4,
    });
  });

  it('tells a purge through the API by its tombstone, with who purged', async () => {
    const { tombstone } = await itemWrites();

    const event = toDomainEvent(streamRecord({ eventName: 'INSERT', newImage: tombstone }));
    expect(event?.type).toBe('ItemPurged');
    expect(event?.detail).toMatchObject({ caller: 'sub-alice', correlationId: 'corr-purge', version: 4 });
  });

  it('reports a record without keys as unreadable (a poison record)', () => {
    const record = streamRecord({ eventName: 'INSERT', newImage: { pk: 'OWNER#a', sk: 'ITEM#b' } });
    delete (record.dynamodb as { Keys?: unknown }).Keys;

    expect(() => toDomainEvent(record)).toThrow(UnreadableRecordError);
  });
});

describe('stream filters', () => {
  it('pass every record that makes an event, and drop storage records', async () => {
    const u = await userWrites();
    const i = await itemWrites();
    const records = [
      streamRecord({ eventName: 'INSERT', newImage: u.created }),
      streamRecord({ eventName: 'MODIFY', oldImage: u.created, newImage: u.updated }),
      streamRecord({ eventName: 'REMOVE', oldImage: u.updated }),
      streamRecord({ eventName: 'INSERT', newImage: u.tombstone }),
      streamRecord({ eventName: 'REMOVE', oldImage: u.tombstone, byTtl: true }),
      streamRecord({ eventName: 'INSERT', newImage: u.guard }),
      streamRecord({ eventName: 'REMOVE', oldImage: u.guard }),
      streamRecord({ eventName: 'INSERT', newImage: i.live }),
      streamRecord({ eventName: 'INSERT', newImage: i.idempotency }),
      streamRecord({ eventName: 'REMOVE', oldImage: i.idempotency, byTtl: true }),
      streamRecord({ eventName: 'REMOVE', oldImage: i.live }),
      streamRecord({ eventName: 'INSERT', newImage: i.trashed }),
      streamRecord({ eventName: 'REMOVE', oldImage: i.trashed }),
      streamRecord({ eventName: 'REMOVE', oldImage: i.trashed, byTtl: true }),
      streamRecord({ eventName: 'INSERT', newImage: i.restored }),
      streamRecord({ eventName: 'INSERT', newImage: i.tombstone }),
      streamRecord({ eventName: 'REMOVE', oldImage: i.tombstone, byTtl: true }),
    ];

    const passed = records.filter((r) => passesFilters(streamFilterPatterns, r));
    const eventful = records.filter((r) => toDomainEvent(r) !== undefined);
    expect(eventful.length).toBe(8);
    // Exactly the records that make an event reach the function: no storage record costs an invocation.
    expect(passed).toEqual(eventful);
    // And every event they make is one the contract describes (the generated validators).
    for (const r of eventful) expect(() => assertValidEvent(toDomainEvent(r) as DomainEvent)).not.toThrow();
  });
});
