// Moves users written before the listing was sharded (gsi1pk = 'USER') onto their
// shard, so none vanish from GET /users. Idempotent: safe to run again, and alongside traffic.
import { type DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { tableDefinition } from '../table.js';
import { LEGACY_LIST_PARTITION, listPartitionOf } from '../userShards.js';

export interface BackfillResult {
  /** Users moved onto their shard by this run. */
  moved: number;
  /** Users the index still listed under the old key that were already moved or deleted. */
  skipped: number;
}

const INDEX = tableDefinition.globalSecondaryIndexes[0]?.indexName ?? 'gsi1';
const IN_FLIGHT = 16;

export async function shardUserListing(db: DynamoDBDocumentClient, tableName: string): Promise<BackfillResult> {
  const result: BackfillResult = { moved: 0, skipped: 0 };
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: INDEX,
        KeyConditionExpression: 'gsi1pk = :legacy',
        ExpressionAttributeValues: { ':legacy': LEGACY_LIST_PARTITION },
        ProjectionExpression: 'pk, sk, userId',
        ExclusiveStartKey: start,
      }),
    );
    const items = page.Items ?? [];
    for (let i = 0; i < items.length; i += IN_FLIGHT) {
      const outcomes = await Promise.all(items.slice(i, i + IN_FLIGHT).map((item) => moveOne(db, tableName, item)));
      for (const moved of outcomes) result[moved ? 'moved' : 'skipped']++;
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return result;
}

/** True when this call moved the user; false when it was already moved (an update rewrites the key) or deleted. */
async function moveOne(db: DynamoDBDocumentClient, tableName: string, item: Record<string, unknown>): Promise<boolean> {
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { pk: item.pk, sk: item.sk },
        UpdateExpression: 'SET gsi1pk = :shard',
        // Only a user still on the old key: never resurrects a deleted user as a bare item.
        ConditionExpression: 'gsi1pk = :legacy',
        ExpressionAttributeValues: { ':shard': listPartitionOf(String(item.userId)), ':legacy': LEGACY_LIST_PARTITION },
      }),
    );
    return true;
  } catch (err) {
    if (err instanceof Error && err.name === 'ConditionalCheckFailedException') return false;
    throw err;
  }
}
