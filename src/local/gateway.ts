// The local gateway: a Node HTTP server that plays API Gateway's part. Each
// request becomes the same REST proxy event (v1) API Gateway sends, goes to the
// same Lambda handler, and the proxy result is written back.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { operations } from '../../generated/operations.js';
import { corsHeaders, preflightHeaders } from '../cors.js';
import {
  BadGateway,
  BadRequest,
  PayloadTooLarge,
  type ProblemError,
  RequestHeaderFieldsTooLarge,
  TooManyRequests,
  Unauthorized,
} from '../errors.js';
import { correlationIdOf, MAX_BODY_BYTES } from '../request.js';
import { matchPath } from '../routes.js';
import { serveDevRoute } from './devRoutes.js';
import { type LocalIssuer, TokenRejected, toAuthorizerClaims } from './issuer.js';
import { toApiGatewayEvent } from './proxyEvent.js';
import type { Throttle } from './throttle.js';

export type ProxyHandler = (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult>;

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

export interface GatewayOptions {
  /** Verifies bearer tokens on the operations the spec secures (API Gateway's authorizer). */
  issuer: LocalIssuer;
  /** Per-caller throttle (API Gateway's stage throttle). */
  throttle: Throttle;
  /** Origins allowed to call from browsers; preflights and the gateway's own errors use them. */
  allowedOrigins: readonly string[];
  log?: (line: string) => void;
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer +([^\s]+) *$/i.exec(header ?? '');
  return match?.[1];
}

/** Requests Node's HTTP parser refuses (bad syntax, oversized headers) still get a problem+json answer. */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || (err as { code?: string }).code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const problem =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? new RequestHeaderFieldsTooLarge('The request headers are over the server limit.')
      : new BadRequest('The request is not valid HTTP.');
  const body = JSON.stringify(problem.toProblem('/', correlationIdOf(undefined)));
  socket.end(
    `HTTP/1.1 ${problem.status} ${problem.title}\r\ncontent-type: application/problem+json\r\n` +
      `x-content-type-options: nosniff\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

export function createGateway(handler: ProxyHandler, options: GatewayOptions): Server {
  const log = options.log ?? (() => {});

  const server = createServer(async (req, res) => {
    if (serveDevRoute(req, res)) return; // GET /docs and /openapi.json, local only
    const started = performance.now();
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const correlationId = correlationIdOf(req.headers['x-correlation-id'] as string | undefined);
    const origin = req.headers.origin;
    // The gateway's own answers look like the function's: problem+json, CORS, correlation id.
    const sendProblem = (problem: ProblemError) =>
      send(res, {
        statusCode: problem.status,
        headers: {
          'content-type': 'application/problem+json',
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
          'x-correlation-id': correlationId,
          ...corsHeaders(origin, options.allowedOrigins),
          ...problem.headers,
        },
        body: JSON.stringify(problem.toProblem(path, correlationId)),
      });
    try {
      const route = matchPath(path);
      if (req.method === 'OPTIONS' && route) {
        // CORS preflight, answered by the gateway as API Gateway's mock integration does.
        res.writeHead(204, preflightHeaders(origin, options.allowedOrigins, route.methods));
        res.end();
        return;
      }
      const declared = Number(req.headers['content-length'] ?? 0);
      const body = declared > MAX_BODY_BYTES ? null : await readBody(req);
      if (body === null) {
        // Like API Gateway's own payload limit, answered before the Lambda runs.
        res.setHeader('connection', 'close');
        sendProblem(new PayloadTooLarge(`The body is over the limit of ${MAX_BODY_BYTES} bytes.`));
        req.destroy();
        return;
      }

      const operationId = route?.operationFor(req.method ?? 'GET');
      const operation = operationId ? operations[operationId] : undefined;
      let claims: Record<string, string> | undefined;
      let rejection: Unauthorized | undefined;
      if (operation?.secured) {
        const token = bearerToken(req.headers.authorization);
        if (!token) rejection = new Unauthorized('Send a bearer token in the Authorization header.');
        else {
          try {
            claims = toAuthorizerClaims(await options.issuer.verify(token));
          } catch (err) {
            rejection = new Unauthorized(err instanceof TokenRejected ? err.message : 'The token is not valid', true);
          }
        }
      }
      const wait = options.throttle.take(claims?.sub ? `sub:${claims.sub}` : `ip:${req.socket.remoteAddress}`);
      if (wait > 0) return sendProblem(new TooManyRequests(wait));
      if (rejection) return sendProblem(rejection);

      send(res, await handler(toApiGatewayEvent(req, body.length > 0 ? body : null, claims)));
    } catch (err) {
      // The handler answers every error itself; reaching here is a gateway bug.
      log(`gateway error: ${(err as Error).stack ?? String(err)}`);
      if (!res.headersSent) sendProblem(new BadGateway('The function failed to answer.'));
      else res.end();
    } finally {
      log(`${req.method} ${req.url} ${res.statusCode} ${(performance.now() - started).toFixed(1)}ms`);
    }
  });
  server.on('clientError', answerClientError);
  return server;
}
