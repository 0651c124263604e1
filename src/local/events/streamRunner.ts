// The local stand-in for Lambda's event source mapping on the table's stream: reads DynamoDB
// Local's stream with the Streams API (shards in lineage order, parents before children),
// filters records with the mapping's patterns and hands them to the consumer in batches.
import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';
import { type DeliveryOptions, deliverBatch } from './batchDelivery.js';
import type { Checkpoints } from './checkpoints.js';
import { type FilterPattern, passesFilters } from './filterPattern.js';
import { type RecordContext, toLambdaRecord } from './streamRecord.js';

export interface StreamRunnerOptions extends DeliveryOptions {
  streams: DynamoDBStreamsClient;
  streamArn: string;
  region: string;
  filters: readonly FilterPattern[];
  checkpoints: Checkpoints;
  /** Records per GetRecords and so per batch at most (the mapping's BatchSize). */
  batchSize?: number;
  /** Wait between polls of a shard that had nothing new (Lambda polls each shard 4 times a second). */
  pollMs?: number;
  warn?: (message: string) => void;
  sweptByTtl?: RecordContext['sweptByTtl'];
  /** Where a shard without a checkpoint starts: its oldest record (default) or what comes next. */
  startAt?: 'TRIM_HORIZON' | 'LATEST';
}

export interface StreamRunner {
  /** Resolves once every shard has a position, so writes from now on are read. */
  started: Promise<void>;
  stop(): Promise<void>;
}

interface ShardState {
  shard: Shard;
  iterator?: string;
}

const DESCRIBE_EVERY_MS = 1_000;

export function runStream(options: StreamRunnerOptions): StreamRunner {
  const { streams, streamArn, checkpoints } = options;
  const pollMs = options.pollMs ?? 100;
  const warn = options.warn ?? (() => {});
  const shards = new Map<string, ShardState>();
  let stopped = false;
  let lastDescribe = 0;
  let wake: () => void = () => {};
  const pause = (ms: number) =>
    new Promise<void>((done) => {
      const timer = setTimeout(done, ms);
      wake = () => {
        clearTimeout(timer);
        done();
      };
    });

  async function describe(): Promise<void> {
    let start: string | undefined;
    const listed = new Set<string>();
    do {
      const out = await streams.send(
        new DescribeStreamCommand({ StreamArn: streamArn, ...(start && { ExclusiveStartShardId: start }) }),
      );
      for (const shard of out.StreamDescription?.Shards ?? []) {
        const id = shard.ShardId as string;
        listed.add(id);
        if (!shards.has(id)) shards.set(id, { shard });
      }
      start = out.StreamDescription?.LastEvaluatedShardId;
    } while (start);
    for (const id of shards.keys()) if (!listed.has(id)) shards.delete(id);
    checkpoints.keepOnly(listed);
    lastDescribe = Date.now();
  }

  /** A shard is read once its parent, if the stream still lists it, is read to its end. */
  const ready = (state: ShardState) => {
    const id = state.shard.ShardId as string;
    if (checkpoints.get(id)?.finished) return false;
    const parent = state.shard.ParentShardId;
    return !parent || !shards.has(parent) || checkpoints.get(parent)?.finished === true;
  };

  async function iteratorFor(shardId: string): Promise<string | undefined> {
    const after = checkpoints.get(shardId)?.sequenceNumber;
    const out = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ...(after
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after }
          : { ShardIteratorType: options.startAt ?? 'TRIM_HORIZON' }),
      }),
    );
    return out.ShardIterator;
  }

  /** Reads one page of the shard and delivers it; true when it had records. */
  async function readShard(state: ShardState): Promise<boolean> {
    const id = state.shard.ShardId as string;
    state.iterator ??= await iteratorFor(id);
    if (!state.iterator) return false;
    const page = await streams.send(
      new GetRecordsCommand({ ShardIterator: state.iterator, Limit: options.batchSize ?? 100 }),
    );
    const context = {
      region: options.region,
      streamArn,
      ...(options.sweptByTtl && { sweptByTtl: options.sweptByTtl }),
    };
    const records = (page.Records ?? []).map((r) => toLambdaRecord(r, context));
    const passed = records.filter((r) => passesFilters(options.filters, r));
    if (passed.length > 0) await deliverBatch(passed, options);
    const last: DynamoDBRecord | undefined = records.at(-1);
    const sequenceNumber = last?.dynamodb?.SequenceNumber ?? checkpoints.get(id)?.sequenceNumber;
    if (!page.NextShardIterator) checkpoints.set(id, { ...(sequenceNumber && { sequenceNumber }), finished: true });
    else if (last) checkpoints.set(id, { ...(sequenceNumber && { sequenceNumber }) });
    state.iterator = page.NextShardIterator;
    return records.length > 0;
  }

  let markStarted: () => void = () => {};
  const started = new Promise<void>((done) => {
    markStarted = done;
  });

  async function loop(): Promise<void> {
    let failing = false;
    while (!stopped) {
      let busy = false;
      try {
        if (Date.now() - lastDescribe > DESCRIBE_EVERY_MS) await describe();
        for (const state of [...shards.values()].filter(ready)) {
          if (stopped) break;
          busy = (await readShard(state)) || busy;
        }
        failing = false;
        markStarted();
      } catch (err) {
        const name = (err as Error).name;
        // An expired or trimmed position is asked for again, from the checkpoint.
        for (const state of shards.values()) delete state.iterator;
        if (!failing) warn(`events: reading the stream failed (${name}: ${(err as Error).message}); retrying`);
        failing = true;
        await pause(1_000);
        continue;
      }
      if (!busy && !stopped) await pause(pollMs);
    }
  }

  const running = loop();
  return {
    started,
    async stop() {
      stopped = true;
      markStarted();
      wake();
      await running;
    },
  };
}
