// `npm start`'s domain events: the table's stream (DynamoDB Local) read by the local stream
// runner and handed to the same consumer as in AWS, which publishes to the log in the data
// dir, the /_events route and EVENTS_URL. Never fails the start: an unreachable table is retried.

import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { createStreamConsumer } from '../../events/consumer.js';
import { streamFilterPatterns } from '../../events/streamFilters.js';
import { tableDefinition } from '../../store/table.js';
import { ensureStream } from '../bootstrap.js';
import { localDeliveryPolicy } from './batchDelivery.js';
import { fileCheckpoints } from './checkpoints.js';
import { type EventFeed, localEventFeed } from './eventFeed.js';
import { createForwarder } from './forwarder.js';
import { eventFiles, failureDestination, localPublisher } from './localDestinations.js';
import { runStream, type StreamRunner } from './streamRunner.js';
import { startTtlSweeper, type TtlSweeper } from './ttlSweeper.js';

export interface LocalEventsOptions {
  endpoint: string;
  region: string;
  tableName: string;
  dataDir: string;
  /** EVENTS_URL: where each event is also POSTed. */
  eventsUrl?: string | undefined;
  /**
   * The table is not the stage's own (DYNAMODB_ENDPOINT): without a checkpoint start at the
   * stream's end, not its start, and leave the TTL sweep to the stage that owns the table.
   */
  sharedTable?: boolean;
  feed?: EventFeed;
  pollMs?: number;
  warn?: (message: string) => void;
}

export interface LocalEvents {
  stop(): Promise<void>;
}

export function startLocalEvents(options: LocalEventsOptions): LocalEvents {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const config = {
    region: options.region,
    endpoint: options.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  };
  const tables = new DynamoDBClient({ ...config, maxAttempts: 1 });
  const streams = new DynamoDBStreamsClient(config);
  const files = eventFiles(options.dataDir);
  const forwarder = options.eventsUrl ? createForwarder({ url: options.eventsUrl, warn }) : undefined;
  const publisher = localPublisher({
    log: files.log,
    feed: options.feed ?? localEventFeed,
    ...(forwarder && { forwarder }),
  });
  let runner: StreamRunner | undefined;
  let sweeper: TtlSweeper | undefined;
  let stopped = false;

  async function start(): Promise<void> {
    let reported = false;
    while (!stopped) {
      try {
        const streamArn = await ensureStream(tables, options.tableName);
        if (stopped) return;
        if (!options.sharedTable)
          sweeper = startTtlSweeper({
            client: tables,
            tableName: options.tableName,
            attribute: tableDefinition.timeToLiveAttribute,
            keyNames: [tableDefinition.partitionKey.name, tableDefinition.sortKey.name],
            warn,
          });
        runner = runStream({
          streams,
          streamArn,
          region: options.region,
          filters: streamFilterPatterns,
          checkpoints: fileCheckpoints(files.checkpoints, streamArn),
          handler: createStreamConsumer({ publisher, logger: new Logger({ serviceName: 'users-api-events' }) }),
          policy: localDeliveryPolicy,
          onFailure: failureDestination(files.failures, streamArn),
          warn,
          ...(sweeper && { sweptByTtl: sweeper.claim }),
          startAt: options.sharedTable ? 'LATEST' : 'TRIM_HORIZON',
          ...(options.pollMs && { pollMs: options.pollMs }),
        });
        return;
      } catch (err) {
        if (!reported) warn(`events: the table's stream is not available yet (${(err as Error).name}); retrying`);
        reported = true;
        await new Promise((done) => setTimeout(done, 2_000));
      }
    }
  }

  const starting = start();
  return {
    async stop() {
      stopped = true;
      await starting;
      sweeper?.stop();
      await runner?.stop(); // what EVENTS_URL has not taken yet is dropped: it never holds up a stop
      tables.destroy();
      streams.destroy();
    },
  };
}
