// The local gateway: a Node HTTP server that plays API Gateway's part. Each
// request becomes the same REST proxy event (v1) API Gateway sends, goes to the
// same Lambda handler, and the proxy result is written back.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { operations } from '../../generated/operations.js';
import { BadGateway, PayloadTooLarge } from '../errors.js';
import { correlationIdOf, MAX_BODY_BYTES } from '../request.js';

export type ProxyHandler = (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult>;

const resources = Object.values(operations).map((op) => {
  const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  return { resource: op.path, names, pattern: new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '([^/]+)')}$`) };
});

/** The API resource a path falls under, as API Gateway reports it (`/users/{userId}`). */
function matchResource(path: string): { resource: string; pathParameters: Record<string, string> | null } {
  for (const r of resources) {
    const m = r.pattern.exec(path);
    if (m) {
      const pathParameters = Object.fromEntries(r.names.map((name, i) => [name, m[i + 1] as string]));
      return { resource: r.resource, pathParameters: r.names.length > 0 ? pathParameters : null };
    }
  }
  return { resource: '/{proxy+}', pathParameters: { proxy: path.slice(1) } };
}

export function toApiGatewayEvent(req: IncomingMessage, body: string | null): APIGatewayProxyEvent {
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
      authorizer: null,
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

/** Reads the body, or null when it exceeds the limit (the rest is not buffered). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.pause();
        ok(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function send(res: ServerResponse, result: APIGatewayProxyResult): void {
  const body = result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body;
  res.writeHead(result.statusCode, { ...result.headers, ...result.multiValueHeaders } as Record<string, string>);
  res.end(body);
}

export function createGateway(handler: ProxyHandler, log: (line: string) => void = () => {}): Server {
  return createServer(async (req, res) => {
    const started = performance.now();
    try {
      const declared = Number(req.headers['content-length'] ?? 0);
      const body = declared > MAX_BODY_BYTES ? null : await readBody(req);
      if (body === null) {
        // Like API Gateway's own payload limit, answered before the Lambda runs.
        const correlationId = correlationIdOf(req.headers['x-correlation-id'] as string | undefined);
        const problem = new PayloadTooLarge(`The body is over the limit of ${MAX_BODY_BYTES} bytes.`);
        res.setHeader('connection', 'close');
        send(res, {
          statusCode: 413,
          headers: { 'content-type': 'application/problem+json', 'x-correlation-id': correlationId },
          body: JSON.stringify(problem.toProblem(new URL(req.url ?? '/', 'http://localhost').pathname, correlationId)),
        });
        req.destroy();
        return;
      }
      send(res, await handler(toApiGatewayEvent(req, body.length > 0 ? body : null)));
    } catch (err) {
      // The handler answers every error itself; reaching here is a gateway bug.
      log(`gateway error: ${(err as Error).stack ?? String(err)}`);
      const correlationId = correlationIdOf(req.headers['x-correlation-id'] as string | undefined);
      const problem = new BadGateway('The function failed to answer.').toProblem(req.url ?? '/', correlationId);
      if (!res.headersSent)
        res.writeHead(502, { 'content-type': 'application/problem+json', 'x-correlation-id': correlationId });
      res.end(JSON.stringify(problem));
    } finally {
      log(`${req.method} ${req.url} ${res.statusCode} ${(performance.now() - started).toFixed(1)}ms`);
    }
  });
}
