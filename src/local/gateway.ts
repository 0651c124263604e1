// The local gateway: a Node HTTP server in front of the REST API emulator
// (src/local/apiGateway), which enforces the API document CDK imports. This file only
// turns Node requests into the emulator's and writes its answers back.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { BadRequest, RequestHeaderFieldsTooLarge } from '../http/problems.js';
import { correlationIdOf } from '../http/request.js';
import { problemResponse } from '../http/responses.js';
import type { HttpResponse } from './apiGateway/http.js';
import type { RestApiHandler } from './apiGateway/restApi.js';
import { serveDevRoute } from './devRoutes.js';

/** API Gateway's payload limit for REST APIs (10 MB); the function has its own, lower one. */
export const API_GATEWAY_PAYLOAD_LIMIT = 10_485_760;

/** Reads the body, or null when it exceeds the limit (the rest is not buffered). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > API_GATEWAY_PAYLOAD_LIMIT) {
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

function send(res: ServerResponse, result: HttpResponse): void {
  res.writeHead(result.statusCode, { ...result.headers, ...result.multiValueHeaders });
  res.end(result.body);
}

/**
 * Over the payload limit API Gateway answers 413 in plain text, with no CORS headers;
 * this response cannot be customized (AWS known issues).
 */
function tooLarge(res: ServerResponse): void {
  res.setHeader('connection', 'close');
  send(res, {
    statusCode: 413,
    headers: { 'content-type': 'text/plain' },
    body: `HTTP content length exceeded ${API_GATEWAY_PAYLOAD_LIMIT} bytes.`,
  });
}

/**
 * Requests Node's HTTP parser refuses (bad syntax, headers over Node's 16 KB) still get
 * a problem+json answer. API Gateway's own answer to oversized headers (its limit is
 * 10 KB) is not documented: a documented limit of the emulation (docs/architecture.md).
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || err.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const problem =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? new RequestHeaderFieldsTooLarge('The request headers are over the server limit.')
      : new BadRequest('The request is not valid HTTP.');
  const answer = problemResponse(problem, '/', correlationIdOf(undefined));
  const headers = { ...answer.headers, 'content-length': String(Buffer.byteLength(answer.body)), connection: 'close' };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 ${answer.statusCode} ${problem.title}\r\n${head.join('')}\r\n${answer.body}`);
}

export interface GatewayOptions {
  log?: (line: string) => void;
}

export function createGateway(restApi: RestApiHandler, options: GatewayOptions = {}): Server {
  const log = options.log ?? (() => {});
  const server = createServer(async (req, res) => {
    if (serveDevRoute(req, res)) return; // GET /docs and /openapi.json, local only
    const started = performance.now();
    try {
      const declared = Number(req.headers['content-length'] ?? 0);
      const body = declared > API_GATEWAY_PAYLOAD_LIMIT ? null : await readBody(req);
      if (body === null) {
        tooLarge(res);
        req.destroy();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      const headers: [string, string][] = [];
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        headers.push([req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string]);
      }
      send(
        res,
        await restApi({
          method: req.method ?? 'GET',
          path: url.pathname,
          query: [...url.searchParams],
          headers,
          body: body.length > 0 ? body : null,
          sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
          protocol: `HTTP/${req.httpVersion}`,
        }),
      );
    } catch (err) {
      // The emulator answers every error itself; reaching here is a gateway bug.
      log(`gateway error: ${(err as Error).stack ?? String(err)}`);
      if (!res.headersSent)
        send(res, {
          statusCode: 500,
          headers: { 'content-type': 'application/json' },
          body: '{"message": "Internal server error"}',
        });
      else res.end();
    } finally {
      log(`${req.method} ${req.url} ${res.statusCode} ${(performance.now() - started).toFixed(1)}ms`);
    }
  });
  server.on('clientError', answerClientError);
  return server;
}
