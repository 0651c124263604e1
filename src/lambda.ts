// The Lambda entry: API Gateway REST proxy event (payload v1) in, proxy result out.
// The local gateway calls this same handler, so what runs locally runs in AWS.
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { apiVersion } from '../generated/operations.js';
import { createApi } from './api.js';
import { toApiRequest, toProxyResult } from './apigateway.js';
import { loadConfig } from './config.js';
import { createObservability } from './observability.js';
import { createDocumentClient } from './store/client.js';
import { createIdempotencyStore } from './store/idempotency.js';
import { uuidv7 } from './store/ids.js';
import { createItemsRepository } from './store/items.js';
import { createUsersRepository } from './store/users.js';

// `npm start` in a terminal: Powertools' dev mode pretty-prints the logs and keeps EMF metrics off the screen.
if (process.stdout.isTTY && !process.env.AWS_LAMBDA_FUNCTION_NAME) process.env.POWERTOOLS_DEV ??= 'true';
const config = loadConfig(process.env);
const observability = createObservability(config);
const db = observability.traceClient(
  createDocumentClient({ region: config.region, endpoint: config.dynamodbEndpoint }),
);
const api = createApi({
  users: createUsersRepository(db, config.tableName, config.cursorSecret),
  items: createItemsRepository(db, config.tableName, config.cursorSecret),
  idempotency: createIdempotencyStore(db, config.tableName),
  clock: () => new Date(),
  ids: randomUUID,
  itemIds: () => uuidv7(),
  version: apiVersion,
  allowedOrigins: config.allowedOrigins,
  logger: observability.logger,
  observer: observability.observer,
});

export const handler = observability.instrument(
  async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> =>
    toProxyResult(await api.handle(toApiRequest(event)), event),
);
