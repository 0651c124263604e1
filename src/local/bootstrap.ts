// Creates the table from the shared definition when it does not exist yet, and
// brings data written by earlier versions up to date (idempotent, at every start).
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { shardUserListing } from '../store/migrations/shardUserListing.js';
import { createTableInput, tableDefinition } from '../store/table.js';

export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<'created' | 'exists'> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return 'exists';
  } catch (err) {
    if (!(err instanceof Error) || err.name !== 'ResourceNotFoundException') throw err;
  }
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
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
