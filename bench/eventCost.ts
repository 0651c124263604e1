// What a million domain events cost in AWS at list prices: the stream consumer's CPU time measured
// here (src/events/, in-process, EventBridge answered by a stub), priced per invocation and GB-s at
// its memory; PutEvents per 64 KB chunk; stream reads free for a Lambda trigger; SQS only on failure.
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { streamConsumer } from '../infra/constructs/domainEvents.js';
import { createStreamConsumer } from '../src/events/consumer.js';
import { createEventBridgePublisher, entrySize, toEntry } from '../src/events/eventBridgePublisher.js';
import { toDomainEvent } from '../src/events/streamRecords.js';
import { ONE_VCPU_MB, PRICES } from './cost.js';

/** us-east-1 list prices (2026-11-30; re-check before quoting). */
export const EVENT_PRICES = {
  eventBridgePerMillionChunks: 1.0, // custom events, per 64 KB chunk of an entry
  eventBridgeChunkBytes: 64 * 1024,
  eventBridgeSource: 'https://aws.amazon.com/eventbridge/pricing/',
  sqsPerMillionRequests: 0.4,
  sqsSource: 'https://aws.amazon.com/sqs/pricing/',
  streamReadsByLambda: 0, // "GetRecords API calls invoked by AWS Lambda as part of DynamoDB triggers are free"
  streamsSource: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
} as const;

/** One PutEvents round trip from Lambda in-region (an assumption: this machine has no AWS to time). */
export const PUT_EVENTS_RTT_MS = 15;
const silentLogger = { error() {}, debug() {} };

/** A realistic mix of records: item creates and updates, user creates, and storage records the filters drop. */
function records(count: number): DynamoDBRecord[] {
  const at = '2026-12-01T10:00:00.000Z';
  return Array.from({ length: count }, (_, i) => {
    const itemId = `019ad1c2-0000-7000-8000-${String(i).padStart(12, '0')}`;
    const item = {
      pk: 'OWNER#bench-sub',
      sk: `ITEM#${itemId}`,
      type: 'item',
      itemId,
      name: `Item ${i}`,
      description: 'A thing the bench made, of a typical size for an item description.',
      tags: ['bench', 'events'],
      createdAt: at,
      updatedAt: at,
      version: 1 + (i % 3),
      writtenBy: 'bench-sub',
      correlationId: `bench-${i}`,
    };
    const updated = i % 3 !== 0;
    return {
      eventID: `bench-${i}`,
      eventName: updated ? 'MODIFY' : 'INSERT',
      eventSource: 'aws:dynamodb',
      dynamodb: {
        ApproximateCreationDateTime: 1_765_000_000,
        Keys: marshall({ pk: item.pk, sk: item.sk }) as never,
        NewImage: marshall({ ...item, name: `Item ${i}!` }) as never,
        ...(updated ? { OldImage: marshall({ ...item, version: item.version - 1 }) as never } : {}),
        SequenceNumber: String(1_000_000 + i),
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    };
  });
}

export interface EventCostFigures {
  /** The consumer's CPU time per record on this machine (one core taken as one vCPU). */
  cpuMsPerRecord: number;
  /** A published entry's size (bytes) and its 64 KB chunks. */
  entryBytes: number;
  chunksPerEvent: number;
  /** Dollars per million events, at 1 record an invocation (sparse traffic) and at full batches. */
  perMillion: { recordsPerInvocation: number; lambda: number; eventBridge: number; total: number }[];
}

export async function measureEventCost(recordCount = 2_000): Promise<EventCostFigures> {
  const client = { send: async () => ({ FailedEntryCount: 0, Entries: [{ EventId: 'stub' }] }) };
  const consumer = createStreamConsumer({
    publisher: createEventBridgePublisher({ client: client as never, busName: 'bench' }),
    logger: silentLogger,
  });
  const all = records(recordCount);
  const batches = (from: number, to: number) => {
    const out: DynamoDBRecord[][] = [];
    for (let i = from; i < to; i += streamConsumer.batchSize)
      out.push(all.slice(i, Math.min(i + streamConsumer.batchSize, to)));
    return out;
  };
  for (const batch of batches(0, recordCount / 2)) await consumer({ Records: batch }); // warm-up
  const before = process.cpuUsage();
  for (const batch of batches(recordCount / 2, recordCount)) await consumer({ Records: batch });
  const used = process.cpuUsage(before);
  const cpuMsPerRecord = (used.user + used.system) / 1000 / (recordCount / 2);

  const sample = toDomainEvent(all[1] as DynamoDBRecord);
  const entryBytes = sample ? entrySize(toEntry(sample, 'users-api-prod-events')) : 0;
  const chunksPerEvent = Math.max(1, Math.ceil(entryBytes / EVENT_PRICES.eventBridgeChunkBytes));
  const gb = streamConsumer.memoryMiB / 1024;
  // At 256 MB Lambda gives a fraction of a vCPU: the CPU time stretches by ONE_VCPU_MB / memory.
  const msPerRecord = cpuMsPerRecord * (ONE_VCPU_MB / streamConsumer.memoryMiB) + PUT_EVENTS_RTT_MS;
  const perMillion = [1, streamConsumer.batchSize].map((recordsPerInvocation) => {
    const invocations = 1e6 / recordsPerInvocation;
    const lambda =
      (invocations * PRICES.lambdaPerMillionRequests) / 1e6 +
      1e6 * (msPerRecord / 1000) * gb * PRICES.lambdaArmPerGbSecond;
    const eventBridge = chunksPerEvent * EVENT_PRICES.eventBridgePerMillionChunks;
    return { recordsPerInvocation, lambda, eventBridge, total: lambda + eventBridge };
  });
  return { cpuMsPerRecord, entryBytes, chunksPerEvent, perMillion };
}

export function printEventCost(figures: EventCostFigures): void {
  const $ = (n: number) => `$${n.toFixed(2)}`;
  console.log('\nDomain events: a million events in AWS (us-east-1 list prices, re-check before quoting)');
  console.log(
    `  consumer CPU ${figures.cpuMsPerRecord.toFixed(3)} ms/record here; at ${streamConsumer.memoryMiB} MB, ` +
      `+ ${PUT_EVENTS_RTT_MS} ms PutEvents round trip (assumed); entry ${figures.entryBytes} B = ${figures.chunksPerEvent} chunk(s) of 64 KB`,
  );
  for (const row of figures.perMillion) {
    console.log(
      `  ${String(row.recordsPerInvocation).padStart(3)} record(s)/invocation: Lambda ${$(row.lambda)}, ` +
        `EventBridge ${$(row.eventBridge)}, stream reads $0.00, SQS $0.00 (only failed batches: ` +
        `$${EVENT_PRICES.sqsPerMillionRequests.toFixed(2)} a million) = ${$(row.total)}`,
    );
  }
}

if (process.argv[1]?.endsWith('eventCost.ts')) printEventCost(await measureEventCost());
