// The Lambda entry as it was before observability (bench/levers.ts measures what Powertools
// costs): the same API, errors logged as JSON with console.error, no observer, no tracer.
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { apiVersion } from '../generated/operations.js';
import { createApi } from '../src/api.js';
import { toApiRequest, toProxyResult } from '../src/apigateway.js';
import { loadConfig } from '../src/config.js';
import { createDocumentClient } from '../src/store/client.js';
import { createIdempotencyStore } from '../src/store/idempotency.js';
import { uuidv7 } from '../src/store/ids.js';
import { createItemsRepository } from '../src/store/items.js';
import { createUsersRepository } from '../src/store/users.js';

const config = loadConfig(process.env);
const db = createDocumentClient({ region: config.region, endpoint: config.dynamodbEndpoint });
const api = createApi({
  users: createUsersRepository(db, config.tableName, config.cursorSecret),
  items: createItemsRepository(db, config.tableName, config.cursorSecret),
  idempotency: createIdempotencyStore(db, config.tableName),
  clock: () => new Date(),
  ids: randomUUID,
  itemIds: () => uuidv7(),
  version: apiVersion,
  allowedOrigins: config.allowedOrigins,
  logger: { error: (message, details) => console.error(JSON.stringify({ level: 'ERROR', message, ...details })) },
});

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> =>
  toProxyResult(await api.handle(toApiRequest(event)), event);
