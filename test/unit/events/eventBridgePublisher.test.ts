// PutEvents within its limits (10 entries, 256 KB a call), failed entries retried alone with a
// bounded backoff, then a thrown EventDeliveryError; EventBridge itself is mocked.
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../src/events/domainEvent.js';
import {
  chunkEntries,
  createEventBridgePublisher,
  entrySize,
  MAX_BYTES_PER_CALL,
  toEntry,
} from '../../../src/events/eventBridgePublisher.js';
import { EventDeliveryError } from '../../../src/events/publisher.js';

const eventBridge = mockClient(EventBridgeClient);
beforeEach(() => eventBridge.reset());

const event = (n: number, description = 'x'): DomainEvent => ({
  id: `e${n}`,
  type: 'ItemCreated',
  source: 'users-api',
  time: '2026-12-01T10:00:00.000Z',
  detail: {
    resource: {
      itemId: `019ad1c2-0000-7000-8000-00000000000${n % 10}`,
      name: 'Lamp',
      description,
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
      version: 1,
    },
    owner: 'sub-alice',
    version: 1,
    correlationId: `corr-${n}`,
  },
});

function publisher(sleeps: number[] = []) {
  return createEventBridgePublisher({
    client: new EventBridgeClient({ region: 'eu-west-1' }),
    busName: 'users-api-test-events',
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
}

describe('createEventBridgePublisher', () => {
  it('sends the stable event id in the detail, the type as detail-type, on the stage bus', async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'eb-1' }] });

    await publisher().publish([event(1)]);

    const [entry] = eventBridge.commandCalls(PutEventsCommand)[0]?.args[0].input.Entries ?? [];
    expect(entry).toMatchObject({
      EventBusName: 'users-api-test-events',
      Source: 'users-api',
      DetailType: 'ItemCreated',
    });
    expect(JSON.parse(entry?.Detail as string)).toMatchObject({
      eventId: 'e1',
      owner: 'sub-alice',
      correlationId: 'corr-1',
    });
  });

  it('sends 23 events in calls of at most 10, in order', async () => {
    eventBridge
      .on(PutEventsCommand)
      .callsFake((input) => ({ FailedEntryCount: 0, Entries: input.Entries.map(() => ({})) }));

    await publisher().publish(Array.from({ length: 23 }, (_, i) => event(i)));

    const calls = eventBridge.commandCalls(PutEventsCommand).map((c) => c.args[0].input.Entries ?? []);
    expect(calls.map((entries) => entries.length)).toEqual([10, 10, 3]);
    expect(calls.flat().map((e) => JSON.parse(e.Detail as string).eventId)).toEqual(
      Array.from({ length: 23 }, (_, i) => `e${i}`),
    );
  });

  it('keeps each call under 256 KB and refuses an event that alone exceeds it', () => {
    const big = toEntry(event(1, 'y'.repeat(100_000)), 'bus');
    const chunks = chunkEntries([big, big, big, big]);

    expect(chunks.map((c) => c.length)).toEqual([2, 2]);
    for (const chunk of chunks)
      expect(chunk.reduce((n, e) => n + entrySize(e), 0)).toBeLessThanOrEqual(MAX_BYTES_PER_CALL);
    expect(() => chunkEntries([toEntry(event(2, 'z'.repeat(300_000)), 'bus')])).toThrow(EventDeliveryError);
  });

  it('retries only the entries EventBridge failed, with growing delays, until they are accepted', async () => {
    eventBridge
      .on(PutEventsCommand)
      .resolvesOnce({
        FailedEntryCount: 1,
        Entries: [{ EventId: 'a' }, { ErrorCode: 'ThrottlingException' }, { EventId: 'c' }],
      })
      .resolvesOnce({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure' }] })
      .resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'b' }] });
    const sleeps: number[] = [];

    await publisher(sleeps).publish([event(1), event(2), event(3)]);

    const sent = eventBridge
      .commandCalls(PutEventsCommand)
      .map((c) => (c.args[0].input.Entries ?? []).map((e) => JSON.parse(e.Detail as string).eventId));
    expect(sent).toEqual([['e1', 'e2', 'e3'], ['e2'], ['e2']]);
    expect(sleeps).toEqual([50, 100]);
  });

  it('gives up after its attempts and names the events it could not deliver', async () => {
    // EventBridge keeps refusing e2 (and accepts e1).
    eventBridge.on(PutEventsCommand).callsFake((input: { Entries: { Detail: string }[] }) => {
      const results = input.Entries.map((e) =>
        JSON.parse(e.Detail).eventId === 'e2' ? { ErrorCode: 'InternalFailure' } : { EventId: 'ok' },
      );
      return { FailedEntryCount: results.filter((r) => r.ErrorCode).length, Entries: results };
    });

    const failure = await publisher()
      .publish([event(1), event(2)])
      .catch((err: unknown) => err);

    expect(failure).toBeInstanceOf(EventDeliveryError);
    expect((failure as EventDeliveryError).failedEventIds).toEqual(['e2']);
    expect(eventBridge.commandCalls(PutEventsCommand)).toHaveLength(4);
  });
});
