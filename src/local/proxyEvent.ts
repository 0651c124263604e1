// API Gateway's REST proxy event (payload v1), built from a Node HTTP request the
// way API Gateway builds it: resource and path parameters from the spec's paths,
// single- and multi-value headers and query, and the authorizer's claims.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { matchPath } from '../routes.js';

/** The API resource a path falls under, as API Gateway reports it (`/users/{userId}`). */
function matchResource(path: string): { resource: string; pathParameters: Record<string, string> | null } {
  const match = matchPath(path);
  if (!match) return { resource: '/{proxy+}', pathParameters: { proxy: path.slice(1) } };
  return { resource: match.template, pathParameters: Object.keys(match.params).length > 0 ? match.params : null };
}

export function toApiGatewayEvent(
  req: IncomingMessage,
  body: string | null,
  claims?: Record<string, string>,
): APIGatewayProxyEvent {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] as string;
    const value = req.rawHeaders[i + 1] as string;
    headers[name] = value;
    multiValueHeaders[name] = [...(multiValueHeaders[name] ?? []), value];
  }
  const query: Record<string, string> = {};
  const multiQuery: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) {
    query[key] = value; // API Gateway keeps the last value of a repeated parameter
    multiQuery[key] = [...(multiQuery[key] ?? []), value];
  }
  const hasQuery = Object.keys(query).length > 0;
  const method = req.method ?? 'GET';
  const { resource, pathParameters } = matchResource(url.pathname);
  const now = Date.now();
  return {
    resource,
    path: url.pathname,
    httpMethod: method,
    headers,
    multiValueHeaders,
    queryStringParameters: hasQuery ? query : null,
    multiValueQueryStringParameters: hasQuery ? multiQuery : null,
    pathParameters,
    stageVariables: null,
    body,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      // As API Gateway's Cognito authorizer passes them (null on unsecured operations).
      authorizer: claims ? { claims, principalId: claims.sub } : null,
      protocol: `HTTP/${req.httpVersion}`,
      httpMethod: method,
      path: url.pathname,
      stage: 'local',
      requestId: randomUUID(),
      requestTimeEpoch: now,
      resourceId: 'local',
      resourcePath: resource,
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        user: null,
        userAgent: req.headers['user-agent'] ?? null,
        userArn: null,
      },
    },
  };
}
