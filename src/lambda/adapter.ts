// API Gateway REST proxy events (payload v1) to the dispatcher's request, and its
// response back to a proxy result: the Lambda entry's only translation work.
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { callerFromClaims } from '../http/caller.js';
import type { ApiRequest, ApiResponse } from '../http/dispatch.js';

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
    caller: callerFromClaims(event.requestContext?.authorizer?.claims),
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
