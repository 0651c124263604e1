// The Lambda entry: API Gateway REST proxy event (payload v1) in, proxy result out.
// The local gateway calls this same handler, so what runs locally runs in AWS.
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { apiVersion } from '../generated/operations.js';
import { createApi } from './api.js';
import { toApiRequest, toProxyResult } from './apigateway.js';
import { loadConfig } from './config.js';
import { createDocumentClient } from './store/client.js';
import { createUsersRepository } from './store/users.js';

const config = loadConfig(process.env);
const api = createApi({
  users: createUsersRepository(
    createDocumentClient({ region: config.region, endpoint: config.dynamodbEndpoint }),
    config.tableName,
    config.cursorSecret,
  ),
  clock: () => new Date(),
  ids: randomUUID,
  version: apiVersion,
  allowedOrigins: config.allowedOrigins,
  logger: {
    error: (message, details) => console.error(JSON.stringify({ level: 'ERROR', message, ...details })),
  },
});

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> =>
  toProxyResult(await api.handle(toApiRequest(event)), event);
