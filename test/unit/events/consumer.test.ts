// The consumer publishes in stream order and stops at the first failure, so Lambda's retry from
// that record neither re-publishes the records before it nor lets later ones overtake it.
import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it } from 'vitest';
import { createStreamConsumer } from '../../../src/events/consumer.js';
import type { DomainEvent } from '../../../src/events/domainEvent.js';
import { EventDeliveryError, type EventPublisher } from '../../../src/events/publisher.js';
import { streamEvent, streamRecord } from './streamRecord.js';

const logger = new Logger({ logLevel: 'SILENT' });

function userImage(n: number, version = 1) {
  const userId = `0b8f3b1e-8a56-4c0e-9b1a-00000000000${n}`;
  const at = '2026-12-01T10:00:00.000Z';
  return {
    pk: `USER#${userId}`,
    sk: 'USER',
    type: 'user',
    userId,
    name: `User ${n}`,
    email: `u${n}@example.com`,
    createdAt: at,
    updatedAt: at,
    version,
    correlationId: `corr-${n}`,
  };
}

/** Records every publish; refuses the events whose ids are in `refuse`. */
function recordingPublisher(refuse: Set<string> = new Set()) {
  const published: DomainEvent[] = [];
  const publisher: EventPublisher = {
    async publish(events) {
      for (const e of events) {
        if (refuse.has(e.id)) throw new EventDeliveryError('refused', [e.id]);
        published.push(e);
      }
    },
  };
  return { publisher, published };
}

const records = () =>
  [1, 2, 3, 4].map((n) => streamRecord({ eventName: 'INSERT', newImage: userImage(n), eventID: `e${n}` }));

describe('createStreamConsumer', () => {
  it('publishes one event per eventful record, in order, and reports no failure', async () => {
    const { publisher, published } = recordingPublisher();
    const guard = streamRecord({
      eventName: 'INSERT',
      newImage: { pk: 'EMAIL#a@example.com', sk: 'EMAIL', userId: 'x' },
    });
    const [r1, r2, r3, r4] = records();

    const out = await createStreamConsumer({ publisher, logger })(streamEvent([r1, guard, r2, r3, r4] as never));

    expect(out).toEqual({ batchItemFailures: [] });
    expect(published.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('stops at the first record that fails: it and all after it are reported, none after it published', async () => {
    const { publisher, published } = recordingPublisher(new Set(['e2']));

    const batch = records();

    const out = await createStreamConsumer({ publisher, logger })(streamEvent(batch));

    expect(published.map((e) => e.id)).toEqual(['e1']);
    // For streams the item identifier is the record's sequence number.
    expect(out.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(
      batch.slice(1).map((r) => r.dynamodb?.SequenceNumber),
    );
  });

  it('retried from the failed record, publishes each event exactly once in all', async () => {
    const refuse = new Set(['e3']);
    const { publisher, published } = recordingPublisher(refuse);
    const consume = createStreamConsumer({ publisher, logger });
    const batch = records();

    const first = await consume(streamEvent(batch));
    // Lambda retries from the lowest failed sequence number; this time delivery works.
    const lowest = first.batchItemFailures[0]?.itemIdentifier;
    refuse.clear();
    const second = await consume(
      streamEvent(batch.filter((r) => BigInt(r.dynamodb?.SequenceNumber as string) >= BigInt(lowest as string))),
    );

    expect(second).toEqual({ batchItemFailures: [] });
    expect(published.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('throws when every record fails, so the event source mapping bisects the batch to isolate a poison record', async () => {
    const { publisher, published } = recordingPublisher();
    const poison = streamRecord({ eventName: 'INSERT', newImage: { ...userImage(9), email: 'not an email' } });
    const [r1] = records();

    const consume = createStreamConsumer({ publisher, logger });

    await expect(consume(streamEvent([poison, r1] as never))).rejects.toThrow();
    expect(published).toEqual([]);
  });
});

describe('assertValidEvent', () => {
  it('refuses an event whose resource carries a storage attribute, naming it', async () => {
    const { assertValidEvent, InvalidEventError } = await import('../../../src/events/eventValidation.js');
    const { pk: _pk, sk: _sk, type: _type, correlationId: _c, ...user } = userImage(1);
    const event = {
      id: 'e1',
      type: 'UserCreated',
      source: 'users-api',
      time: '2026-12-01T10:00:00.000Z',
      detail: { resource: user, correlationId: 'c' },
    } as DomainEvent;

    expect(() => assertValidEvent(event)).not.toThrow();
    const leaky = {
      ...event,
      detail: { ...event.detail, resource: { ...user, pk: 'USER#x' } },
    } as unknown as DomainEvent;
    expect(() => assertValidEvent(leaky)).toThrow(InvalidEventError);
    expect(() => assertValidEvent(leaky)).toThrow(/additional properties/);
  });
});
