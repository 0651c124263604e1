// The DynamoDB document client, configured once per cold start.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { guarded } from './errors.js';

export interface DatabaseConfig {
  region: string;
  /** A DynamoDB other than AWS's regional endpoint, e.g. DynamoDB Local. */
  endpoint?: string | undefined;
}

export function createDocumentClient({ region, endpoint }: DatabaseConfig): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region,
    ...(endpoint === undefined
      ? {}
      : // DynamoDB Local accepts any credentials; static ones keep the SDK from probing for real ones.
        { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
    maxAttempts: 3,
    // Fail fast when DynamoDB is unreachable, so the API answers 503 instead of hanging.
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000 },
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/** A strongly consistent read of one record, or undefined; transient failures become DatabaseUnavailableError. */
export const readRecord = (db: DynamoDBDocumentClient, tableName: string, key: Record<string, string>) =>
  guarded(async () => (await db.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item);
