// Publishes domain events to the stage's EventBridge bus with PutEvents: at most 10 entries and
// 256 KB a call, and the entries a call reports as failed (FailedEntryCount) sent again, a bounded
// number of times with backoff, before giving up with EventDeliveryError.
import { type EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type { DomainEvent } from './domainEvent.js';
import { EventDeliveryError, type EventPublisher } from './publisher.js';

/** PutEvents' limits: https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-putevent-size.html */
export const MAX_ENTRIES_PER_CALL = 10;
export const MAX_BYTES_PER_CALL = 256 * 1024;

export interface EventBridgePublisherOptions {
  client: Pick<EventBridgeClient, 'send'>;
  busName: string;
  /** Calls per entry, the first included (4). */
  maxAttempts?: number;
  /** Backoff before the n-th retry: base × 2^(n-1), capped (50 ms, 1 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** The entry: EventBridge assigns its own envelope id, so the stable event id rides in the detail. */
export function toEntry(event: DomainEvent, busName: string): PutEventsRequestEntry {
  return {
    EventBusName: busName,
    Source: event.source,
    DetailType: event.type,
    Time: new Date(event.time),
    Detail: JSON.stringify({ eventId: event.id, ...event.detail }),
  };
}

/** An entry's size as EventBridge counts it (UTF-8 bytes of its strings, 14 for the time). */
export function entrySize(entry: PutEventsRequestEntry): number {
  const bytes = (s: string | undefined) => (s === undefined ? 0 : Buffer.byteLength(s, 'utf8'));
  return (
    (entry.Time ? 14 : 0) +
    bytes(entry.Source) +
    bytes(entry.DetailType) +
    bytes(entry.Detail) +
    (entry.Resources ?? []).reduce((sum, r) => sum + bytes(r), 0)
  );
}

/** Consecutive runs of entries within both limits; an entry alone over the size limit can never be sent. */
export function chunkEntries(entries: readonly PutEventsRequestEntry[]): PutEventsRequestEntry[][] {
  const chunks: PutEventsRequestEntry[][] = [];
  let current: PutEventsRequestEntry[] = [];
  let size = 0;
  for (const entry of entries) {
    const entryBytes = entrySize(entry);
    if (entryBytes > MAX_BYTES_PER_CALL) {
      throw new EventDeliveryError(`an event of ${entryBytes} bytes exceeds PutEvents' 256 KB`, []);
    }
    if (current.length === MAX_ENTRIES_PER_CALL || size + entryBytes > MAX_BYTES_PER_CALL) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(entry);
    size += entryBytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export function createEventBridgePublisher(options: EventBridgePublisherOptions): EventPublisher {
  const { client, busName, maxAttempts = 4, baseDelayMs = 50, maxDelayMs = 1_000 } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  /** Sends one chunk; resolves when every entry is accepted, retrying only the failed ones. */
  async function send(chunk: PutEventsRequestEntry[], ids: string[]): Promise<void> {
    let pending = chunk.map((entry, i) => ({ entry, id: ids[i] as string }));
    let lastError = '';
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) await sleep(Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 2)));
      const out = await client.send(new PutEventsCommand({ Entries: pending.map((p) => p.entry) }));
      if (!out.FailedEntryCount) return;
      // Results come back in the order of the request's entries; a failed one has an ErrorCode.
      const results = out.Entries ?? [];
      const failed = pending.filter((_, i) => results[i]?.ErrorCode !== undefined || results[i] === undefined);
      lastError = results.find((r) => r.ErrorCode)?.ErrorCode ?? 'unknown';
      pending = failed;
      if (pending.length === 0) return;
    }
    throw new EventDeliveryError(
      `${pending.length} event(s) not accepted by EventBridge after ${maxAttempts} attempts (${lastError})`,
      pending.map((p) => p.id),
    );
  }

  return {
    async publish(events) {
      const ids = events.map((e) => e.id);
      let offset = 0;
      for (const chunk of chunkEntries(events.map((e) => toEntry(e, busName)))) {
        await send(chunk, ids.slice(offset, offset + chunk.length));
        offset += chunk.length;
      }
    },
  };
}
