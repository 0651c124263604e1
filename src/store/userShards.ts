// Where a user sits in the users listing (gsi1), and how the shards' pages merge:
// the listing is spread over USER_LIST_SHARDS keys so no one key takes every user write.
import { createHash } from 'node:crypto';

/**
 * Shards of the users listing. A partition key takes ~1,000 WCU/s; a user write puts
 * 1 WCU on its shard (2 from a transaction: create, delete, a new email). At the default
 * quotas (API Gateway 10,000 rps a region, 40,000 WRU a table) the worst mix of user
 * writes (5,000 creates + 5,000 updates a second) puts 15,000 WCU/s on the listing:
 * 16 shards hold each under ~940 (docs/scaling.md). Each shard adds a Query to every
 * page, so no more than that. Raising it later is safe (the old keys stay among those
 * read; users move on their next write); lowering it strands users on unread keys.
 */
export const USER_LIST_SHARDS = 16;

/** The key every user carried before the listing was sharded; ./migrations moves them off it. */
export const LEGACY_LIST_PARTITION = 'USER';

/** The shard of a user: the first 4 bytes of SHA-256(userId), mod USER_LIST_SHARDS; stable, so an update never moves its index entry. */
export function shardOf(userId: string): number {
  return createHash('sha256').update(userId).digest().readUInt32BE(0) % USER_LIST_SHARDS;
}

export const listPartition = (shard: number) => `USER#${shard}`;

/** The listing key a user's item carries. */
export const listPartitionOf = (userId: string) => listPartition(shardOf(userId));

/** Every listing key, shard 0 first. */
export const allListPartitions = (): string[] => Array.from({ length: USER_LIST_SHARDS }, (_, i) => listPartition(i));

/**
 * The first `count` rows of all shards, newest first. Each shard's rows must come
 * newest first (a descending Query); `positionOf` is the unique sort key (gsi1sk).
 * A shard that returned `count` rows holds all it could contribute, so the result
 * is the true first `count` of the union.
 */
export function mergeNewestFirst<T>(
  shards: readonly (readonly T[])[],
  count: number,
  positionOf: (row: T) => string,
): T[] {
  const heads = shards.map(() => 0);
  const out: T[] = [];
  while (out.length < count) {
    let best: { shard: number; row: T; position: string } | undefined;
    for (const [shard, rows] of shards.entries()) {
      const row = rows[heads[shard] as number];
      if (row === undefined) continue;
      const position = positionOf(row);
      if (best === undefined || position > best.position) best = { shard, row, position };
    }
    if (best === undefined) break;
    out.push(best.row);
    heads[best.shard] = (heads[best.shard] as number) + 1;
  }
  return out;
}
