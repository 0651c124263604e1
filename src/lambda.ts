// The Lambda entry: API Gateway REST proxy event (payload v1) in, proxy result out.
// The local gateway calls this same handler, so what runs locally runs in AWS.
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { apiVersion } from '../generated/operations.js';
import { type ApiRequest, type ApiResponse, createApi } from './api.js';
import { loadConfig } from './config.js';
import { createDocumentClient } from './store/client.js';
import { createUsersRepository } from './store/users.js';

function lowerCaseKeys(map: Record<string, string | undefined> | null): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(map ?? {})) out[key.toLowerCase()] = value;
  return out;
}

export function toApiRequest(event: APIGatewayProxyEvent): ApiRequest {
  const body =
    event.body !== null && event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  return {
    method: event.httpMethod,
    path: event.path,
    query: { ...event.queryStringParameters },
    headers: lowerCaseKeys(event.headers),
    body,
    requestId: event.requestContext?.requestId,
  };
}

/**
 * The stage prefix the client sees (`/prod` on an execute-api URL), so that a
 * relative Location resolves to the right place; empty behind a custom domain.
 */
function basePathOf(event: APIGatewayProxyEvent): string {
  const full = event.requestContext?.path;
  return full && full !== event.path && full.endsWith(event.path) ? full.slice(0, -event.path.length) : '';
}

export function toProxyResult(response: ApiResponse, event: APIGatewayProxyEvent): APIGatewayProxyResult {
  const headers = { ...response.headers };
  if (headers.location?.startsWith('/')) headers.location = basePathOf(event) + headers.location;
  return { statusCode: response.statusCode, headers, body: response.body };
}

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
  logger: {
    error: (message, details) => console.error(JSON.stringify({ level: 'ERROR', message, ...details })),
  },
});

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> =>
  toProxyResult(await api.handle(toApiRequest(event)), event);
