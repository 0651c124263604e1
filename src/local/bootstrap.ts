// Creates the table from the shared definition when it does not exist yet (with its stream,
// as in AWS), and brings data written by earlier versions up to date (idempotent, at every start).
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  type StreamSpecification,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { shardUserListing } from '../store/migrations/shardUserListing.js';
import { createTableInput, tableDefinition } from '../store/table.js';

/** The table's stream as the stack configures it: the consumer needs both images. */
export const tableStream: StreamSpecification = { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' };

export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<'created' | 'exists'> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return 'exists';
  } catch (err) {
    if (!(err instanceof Error) || err.name !== 'ResourceNotFoundException') throw err;
  }
  try {
    await client.send(new CreateTableCommand({ ...createTableInput(tableName), StreamSpecification: tableStream }));
  } catch (err) {
    // The SDK retried a CreateTable whose first attempt went through (a slow DynamoDB Local, on a busy machine).
    if (!(err instanceof Error) || err.name !== 'ResourceInUseException') throw err;
  }
  await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 1 }, { TableName: tableName });
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true },
    }),
  );
  return 'created';
}

/** Runs the data migrations (src/store/migrations); says what they changed. */
export async function migrateData(client: DynamoDBClient, tableName: string): Promise<string> {
  const { moved } = await shardUserListing(DynamoDBDocumentClient.from(client), tableName);
  return `${moved} user(s) moved onto their listing shard`;
}

/**
 * The table's stream ARN, after enabling the stream on a table made before it had one (a data
 * dir of an earlier version) or switching it to both images.
 */
export async function ensureStream(client: DynamoDBClient, tableName: string): Promise<string> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const current = Table?.StreamSpecification;
  if (current?.StreamEnabled && current.StreamViewType === tableStream.StreamViewType && Table?.LatestStreamArn)
    return Table.LatestStreamArn;
  // A stream's view type cannot change in place: disable, then enable with both images.
  if (current?.StreamEnabled)
    await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: { StreamEnabled: false } }));
  const out = await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: tableStream }));
  const arn = out.TableDescription?.LatestStreamArn;
  if (!arn) throw new Error(`DynamoDB did not return a stream ARN for ${tableName}`);
  return arn;
}
