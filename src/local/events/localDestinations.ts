// The files in the data dir that stand in for the AWS destinations of the local stage: the
// append-only event log (what the bus received) and the on-failure destination (the SQS
// queue in AWS) that gets the records the consumer gave up on.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DynamoDBRecord } from 'aws-lambda';
import type { EventFeed, FeedEvent } from './eventFeed.js';
import type { Forwarder } from './forwarder.js';

export const eventFiles = (dataDir: string) => ({
  log: join(dataDir, 'events', 'events.jsonl'),
  failures: join(dataDir, 'events', 'failures.jsonl'),
  checkpoints: join(dataDir, 'events', 'checkpoints.json'),
});

function appendLines(file: string, values: readonly unknown[]): void {
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, values.map((v) => `${JSON.stringify(v)}\n`).join(''));
}

/**
 * The local publisher: events are on disk (one JSON line each) before publish resolves, so
 * it throws only when the log cannot be written; then the feed and EVENTS_URL get them.
 */
export function localPublisher(target: { log: string; feed: EventFeed; forwarder?: Forwarder }) {
  return {
    async publish(events: readonly FeedEvent[]): Promise<void> {
      if (events.length === 0) return;
      appendLines(target.log, events);
      target.feed.publish(events);
      target.forwarder?.forward(events);
    },
  };
}

/**
 * One line per batch given up on, in the shape Lambda sends a stream's on-failure destination
 * (DDBStreamBatchInfo), plus the records themselves and the reason, which AWS does not send.
 */
export function failureDestination(file: string, streamArn: string) {
  return async (records: readonly DynamoDBRecord[], reason: string, attempts: number): Promise<void> => {
    const first = records[0]?.dynamodb;
    const last = records.at(-1)?.dynamodb;
    const arrival = (seconds?: number) => (seconds === undefined ? undefined : new Date(seconds * 1000).toISOString());
    appendLines(file, [
      {
        requestContext: { condition: 'RetryAttemptsExhausted', approximateInvokeCount: attempts },
        version: '1.0',
        timestamp: new Date().toISOString(),
        DDBStreamBatchInfo: {
          startSequenceNumber: first?.SequenceNumber,
          endSequenceNumber: last?.SequenceNumber,
          approximateArrivalOfFirstRecord: arrival(first?.ApproximateCreationDateTime),
          approximateArrivalOfLastRecord: arrival(last?.ApproximateCreationDateTime),
          batchSize: records.length,
          streamArn,
        },
        reason,
        records,
      },
    ]);
  };
}
