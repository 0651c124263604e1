// The local stage's TTL: DynamoDB Local (3.x) never expires an item a global secondary index leaves
// out (the trash, the guards), so expired items are deleted here, and the runner marks those
// deletions as AWS marks its own: a REMOVE by the DynamoDB service (docs/architecture.md, divergences).
import { type AttributeValue, DeleteItemCommand, type DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';

export interface TtlSweeperOptions {
  client: DynamoDBClient;
  tableName: string;
  /** The TTL attribute (epoch seconds). */
  attribute: string;
  keyNames: readonly string[];
  /** Between sweeps; AWS deletes within days, this within one interval. */
  intervalMs?: number;
  warn?: (message: string) => void;
}

export interface TtlSweeper {
  /** True (once) when the sweeper deleted the item with these keys: its stream record is a TTL deletion. */
  claim(keys: Record<string, unknown> | undefined): boolean;
  /** One sweep now; resolves with how many items it deleted. */
  sweep(): Promise<number>;
  stop(): void;
}

export function startTtlSweeper(options: TtlSweeperOptions): TtlSweeper {
  const { client, tableName, attribute, keyNames } = options;
  const warn = options.warn ?? (() => {});
  const swept = new Set<string>();
  const idOf = (keys: Record<string, unknown>) => JSON.stringify(keyNames.map((name) => keys[name]));
  const names = Object.fromEntries([[`#ttl`, attribute], ...keyNames.map((k, i) => [`#k${i}`, k])]);

  async function deleteOne(key: Record<string, AttributeValue>, now: number): Promise<boolean> {
    const id = idOf(key);
    swept.add(id); // before the delete, so that its stream record cannot come first
    try {
      // Only if still expired: a restore in between wins, as it would against AWS's TTL.
      await client.send(
        new DeleteItemCommand({
          TableName: tableName,
          Key: key,
          ConditionExpression: '#ttl <= :now',
          ExpressionAttributeNames: { '#ttl': attribute },
          ExpressionAttributeValues: { ':now': { N: String(now) } },
        }),
      );
      return true;
    } catch (err) {
      swept.delete(id);
      if ((err as Error).name === 'ConditionalCheckFailedException') return false;
      throw err;
    }
  }

  async function sweep(): Promise<number> {
    const now = Math.floor(Date.now() / 1000);
    let deleted = 0;
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await client.send(
        new ScanCommand({
          TableName: tableName,
          FilterExpression: '#ttl <= :now',
          ProjectionExpression: keyNames.map((_, i) => `#k${i}`).join(', '),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ':now': { N: String(now) } },
          ...(start && { ExclusiveStartKey: start }),
        }),
      );
      for (const key of page.Items ?? []) if (await deleteOne(key, now)) deleted++;
      start = page.LastEvaluatedKey;
    } while (start);
    return deleted;
  }

  let failing = false;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return; // a sweep longer than the interval is not started twice
    busy = true;
    sweep()
      .then(
        () => {
          failing = false;
        },
        (err: Error) => {
          if (!failing) warn(`events: the TTL sweep failed (${err.name}: ${err.message}); retrying`);
          failing = true;
        },
      )
      .finally(() => {
        busy = false;
      });
  }, options.intervalMs ?? 2_000);
  timer.unref();

  return {
    claim: (keys) => (keys ? swept.delete(idOf(keys)) : false),
    sweep,
    stop: () => clearInterval(timer),
  };
}
