// The DynamoDB document client, configured once per cold start.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { guarded } from './errors.js';
import { homeWrites } from './homeWrites.js';

export interface DatabaseConfig {
  region: string;
  /** A DynamoDB other than AWS's regional endpoint, e.g. DynamoDB Local. */
  endpoint?: string | undefined;
}

/** What the stores need of a client: `send`. A document client, or homeWrites()' router over two. */
export type Database = Pick<DynamoDBDocumentClient, 'send'>;

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

/**
 * The stores' database: one client, or in a region other than the home region a router that
 * writes to the home region and reads here (homeWrites.ts). `wrap` instruments each client (X-Ray).
 */
export function createDatabase(
  config: {
    region: string;
    endpoint?: string | undefined;
    homeRegion?: string | undefined;
    homeEndpoint?: string | undefined;
  },
  wrap: (client: DynamoDBDocumentClient) => DynamoDBDocumentClient = (client) => client,
): Database {
  const local = wrap(createDocumentClient({ region: config.region, endpoint: config.endpoint }));
  if (config.homeRegion === undefined) return local;
  return homeWrites(local, wrap(createDocumentClient({ region: config.homeRegion, endpoint: config.homeEndpoint })));
}

/** A strongly consistent read of one record, or undefined; transient failures become DatabaseUnavailableError. */
export const readRecord = (db: Database, tableName: string, key: Record<string, string>) =>
  guarded(async () => (await db.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item);
