// Where a user sits in the users listing (gsi1), and how the shards' pages merge:
// the listing is spread over USER_LIST_SHARDS keys so no one key takes every user write.
import { createHash } from 'node:crypto';

/**
 * Shards of the users listing. A partition key takes ~1,000 WCU/s and ~3,000 RCU/s.
 * Every user write (create, update, delete) writes one GSI item of < 1 KB, so at
 * API Gateway's default regional quota (10,000 rps) spent on nothing but user writes
 * the listing needs ≥ 10 keys; 16 keeps each shard near 625 WCU/s (~62% of its limit,
 * headroom for uneven hashing and bursts). More shards lift no ceiling (API Gateway
 * and Lambda cap first) and each one adds a Query to every page (docs/scaling.md).
 * Changing it strands users on the old keys: it needs a migration like ./migrations.
 */
export const USER_LIST_SHARDS = 16;

/** The key every user carried before the listing was sharded; ./migrations moves them off it. */
export const LEGACY_LIST_PARTITION = 'USER';

/** The shard of a user: the first 4 bytes of SHA-256(userId), mod USER_LIST_SHARDS. Never change it. */
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
    let best = -1;
    let bestPosition = '';
    shards.forEach((rows, i) => {
      const row = rows[heads[i] as number];
      if (row === undefined) return;
      const position = positionOf(row);
      if (best === -1 || position > bestPosition) {
        best = i;
        bestPosition = position;
      }
    });
    if (best === -1) break;
    out.push((shards[best] as readonly T[])[heads[best] as number] as T);
    heads[best] = (heads[best] as number) + 1;
  }
  return out;
}
