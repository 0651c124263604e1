// The users listing's shards: the shard count and hash are pinned (lowering the count
// strands stored users; a changed hash moves each user's index entry on its next write),
// and the merge of the shards' pages is checked as a property.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageOf } from '../../src/store/pages.js';
import {
  allListPartitions,
  LEGACY_LIST_PARTITION,
  listPartitionOf,
  mergeNewestFirst,
  shardOf,
  USER_LIST_SHARDS,
} from '../../src/store/userShards.js';

const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

describe('user listing shards', () => {
  it('spreads the listing over 16 keys USER#0..USER#15, apart from the legacy USER', () => {
    expect(USER_LIST_SHARDS).toBe(16);
    expect(allListPartitions()).toEqual(Array.from({ length: 16 }, (_, i) => `USER#${i}`));
    expect(LEGACY_LIST_PARTITION).toBe('USER');
    expect(allListPartitions()).not.toContain(LEGACY_LIST_PARTITION);
  });

  it('puts a user on the shard of SHA-256(userId) mod 16, the same every time', () => {
    // Pinned: a changed hash would move every stored user's index entry on its next write (2 WCU, not 1).
    expect(shardOf('00000000-0000-4000-8000-000000000000')).toBe(0);
    expect(shardOf('0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f')).toBe(2);
    expect(shardOf('ffffffff-ffff-4fff-bfff-ffffffffffff')).toBe(1);
    expect(listPartitionOf('0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f')).toBe('USER#2');
  });

  it('gives every shard its share of random user ids (within 15% of 1/16)', () => {
    const counts = new Array<number>(USER_LIST_SHARDS).fill(0);
    for (let i = 0; i < 16_000; i++) {
      const shard = shardOf(randomUUID());
      counts[shard] = (counts[shard] ?? 0) + 1;
    }

    expect(counts.reduce((a, b) => a + b, 0)).toBe(16_000);
    for (const n of counts) expect(Math.abs(n - 1_000)).toBeLessThan(150);
  });
});

describe('mergeNewestFirst', () => {
  // Unique positions split over up to 16 shards, each shard newest first, as a Query returns them.
  const shardedPositions = fc
    .uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 80 })
    .chain((positions) =>
      fc
        .array(fc.nat(15), { minLength: positions.length, maxLength: positions.length })
        .map((shardIds) =>
          Array.from({ length: 16 }, (_, s) => positions.filter((_, i) => shardIds[i] === s).sort(newestFirst)),
        ),
    );

  it('returns the first `count` of the union of the shards, newest first', () => {
    fc.assert(
      fc.property(shardedPositions, fc.nat(100), (shards, count) => {
        const merged = mergeNewestFirst(shards, count, (p) => p);
        expect(merged).toEqual(shards.flat().sort(newestFirst).slice(0, count));
      }),
    );
  });

  it('pages through every shard with one position as the cursor: each row once, newest first', () => {
    fc.assert(
      fc.property(shardedPositions, fc.integer({ min: 1, max: 7 }), (shards, limit) => {
        // The repository's algorithm: each shard's rows older than the cursor, limit + 1 of them.
        const page = (after?: string) => {
          const rows = shards.map((rows) => rows.filter((p) => after === undefined || p < after).slice(0, limit + 1));
          return pageOf(
            mergeNewestFirst(rows, limit + 1, (p) => p),
            limit,
            (last) => last,
          );
        };
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const { items, nextCursor } = page(cursor);
          if (nextCursor !== undefined) expect(items).toHaveLength(limit);
          seen.push(...items);
          cursor = nextCursor;
        } while (cursor !== undefined);

        expect(seen).toEqual(shards.flat().sort(newestFirst));
      }),
    );
  });

  it('takes nothing from empty shards and stops at what exists', () => {
    expect(mergeNewestFirst([[], ['b', 'a'], [], ['c']], 10, (p) => p)).toEqual(['c', 'b', 'a']);
    expect(mergeNewestFirst([[], []], 3, (p) => p)).toEqual([]);
    expect(mergeNewestFirst([['z']], 0, (p) => p)).toEqual([]);
  });
});
