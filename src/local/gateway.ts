// The local gateway: a Node HTTP server in front of the REST API emulator
// (src/local/apiGateway), which enforces the API document CDK imports. This file only
// turns Node requests into the emulator's and writes its answers back.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { BadRequest, RequestHeaderFieldsTooLarge } from '../http/problems.js';
import { correlationIdOf } from '../http/request.js';
import { problemResponse } from '../http/responses.js';
import { accessLine, correlationIdOfAnswer } from './accessLog.js';
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

/** Statuses that carry no body, and so no Content-Length (RFC 9110, 8.6). */
const bodiless = (status: number) => status < 200 || status === 204 || status === 304;

/**
 * API Gateway answers with a Content-Length rather than chunks; with it Node also sends the
 * head and the body in one write.
 */
function send(res: ServerResponse, result: HttpResponse): void {
  const headers: Record<string, string | string[]> = { ...result.headers, ...result.multiValueHeaders };
  if (!bodiless(result.statusCode) && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length'))
    headers['content-length'] = String(Buffer.byteLength(result.body));
  res.writeHead(result.statusCode, headers);
  res.end(result.body);
}

/** A request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112, 6.3). */
const hasBody = (req: IncomingMessage) =>
  req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;

/** Paths WHATWG URL parsing leaves as they are: no query, dot segments, escapes or leading `//`. */
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9\-_~!$&'()*+,;=:@/]*$/;
const EMPTY_QUERY: [string, string][] = [];

function pathAndQuery(raw: string): { path: string; query: [string, string][] } {
  if (PLAIN_PATH.test(raw)) return { path: raw, query: EMPTY_QUERY };
  const url = new URL(raw, 'http://localhost');
  return { path: url.pathname, query: [...url.searchParams] };
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
    let answer: HttpResponse | undefined;
    try {
      const declared = Number(req.headers['content-length'] ?? 0);
      const body = declared > API_GATEWAY_PAYLOAD_LIMIT ? null : hasBody(req) ? await readBody(req) : '';
      if (body === null) {
        tooLarge(res);
        req.destroy();
        return;
      }
      const { path, query } = pathAndQuery(req.url ?? '/');
      const headers: [string, string][] = [];
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        headers.push([req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string]);
      }
      answer = await restApi({
        method: req.method ?? 'GET',
        path,
        query,
        headers,
        body: body.length > 0 ? body : null,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        protocol: `HTTP/${req.httpVersion}`,
      });
      send(res, answer);
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
      const id = answer ? correlationIdOfAnswer(answer.headers) : '-';
      log(accessLine(req.method ?? 'GET', req.url ?? '/', res.statusCode, performance.now() - started, id));
    }
  });
  server.on('clientError', answerClientError);
  return server;
}
