// Where the local stream runner is in each shard, kept in the data dir so `npm start` resumes
// after the last delivered record instead of replaying the stream or skipping what came in
// between (Lambda's event source mapping keeps its position the same way).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface ShardPosition {
  /** The last record handed on (delivered, filtered out or sent to the failure destination). */
  sequenceNumber?: string;
  /** The shard is closed and fully read. */
  finished?: boolean;
}

export interface Checkpoints {
  get(shardId: string): ShardPosition | undefined;
  set(shardId: string, position: ShardPosition): void;
  /** Forgets shards the stream no longer lists (trimmed after 24 hours). */
  keepOnly(shardIds: ReadonlySet<string>): void;
}

interface Saved {
  streamArn: string;
  shards: Record<string, ShardPosition>;
}

/** Positions in `file` for `streamArn`; a file written for another stream (re-enabled since) is ignored. */
export function fileCheckpoints(file: string, streamArn: string): Checkpoints {
  let saved: Saved = { streamArn, shards: {} };
  if (existsSync(file)) {
    const read = JSON.parse(readFileSync(file, 'utf8')) as Saved;
    if (read.streamArn === streamArn) saved = read;
  }
  const save = () => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(saved));
    renameSync(`${file}.tmp`, file); // never a half-written file after a crash
  };
  return {
    get: (shardId) => saved.shards[shardId],
    set(shardId, position) {
      saved.shards[shardId] = position;
      save();
    },
    keepOnly(shardIds) {
      const before = Object.keys(saved.shards).length;
      saved.shards = Object.fromEntries(Object.entries(saved.shards).filter(([id]) => shardIds.has(id)));
      if (Object.keys(saved.shards).length !== before) save();
    },
  };
}
