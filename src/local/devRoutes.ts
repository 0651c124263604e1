// Local-only developer routes of the local gateway: the built Redoc page at GET /docs (its
// servers list naming the port it is served on), the spec at GET /openapi.json and the domain
// events as server-sent events at GET /_events. Not part of the API contract.
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { NotFound } from '../http/problems.js';
import { correlationIdOf } from '../http/request.js';
import { problemResponse } from '../http/responses.js';
import { serveEventStream } from './events/eventFeed.js';

const root = resolve(import.meta.dirname, '../..');

export interface DevRouteFiles {
  /** The page `npm run docs` builds. */
  docs: string;
  /** The spec as JSON, written by `npm run generate`. */
  spec: string;
}

export const defaultDevRouteFiles: DevRouteFiles = {
  docs: resolve(root, 'docs/index.html'),
  spec: resolve(root, 'generated/openapi.json'),
};

/** openapi.yaml's server entry for the local gateway; the served page names the port it runs on. */
export const localServerUrl = 'http://127.0.0.1:{port}';

/** Answers the request if it is a dev route and returns true; otherwise leaves it alone. */
export type DevRoutes = (req: IncomingMessage, res: ServerResponse) => boolean;

/** The file's bytes, or null when it cannot be read (missing, unreadable). */
function readOrNull(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

function send(res: ServerResponse, status: number, contentType: string, body: Buffer | string, head: boolean): void {
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  res.end(head ? undefined : body);
}

function notFound(req: IncomingMessage, res: ServerResponse, path: string, detail: string, head: boolean): void {
  const answer = problemResponse(
    new NotFound(detail),
    path,
    correlationIdOf(req.headersDistinct['x-correlation-id']?.[0]),
  );
  res.writeHead(answer.statusCode, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) });
  res.end(head ? undefined : answer.body);
}

/**
 * Each file is read once, on its first request, and then served from memory. A
 * missing docs page is looked for again on the next request, so `npm run docs`
 * while the gateway runs needs no restart.
 */
export function createDevRoutes(files: DevRouteFiles = defaultDevRouteFiles): DevRoutes {
  let docs: Buffer | null = null;
  let spec: Buffer | null = null;
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const head = req.method === 'HEAD';
    if (path === '/docs' || path === '/docs/') {
      docs ??= readOrNull(files.docs);
      const page = docs?.toString('utf8').replaceAll(localServerUrl, `http://127.0.0.1:${req.socket.localPort}`);
      if (page) send(res, 200, 'text/html; charset=utf-8', page, head);
      else notFound(req, res, path, 'The docs are not built (or not readable): run `npm run docs`, then reload.', head);
      return true;
    }
    if (path === '/_events') {
      serveEventStream(req, res);
      return true;
    }
    if (path === '/openapi.json') {
      spec ??= readOrNull(files.spec);
      if (spec) send(res, 200, 'application/json', spec, head);
      else notFound(req, res, path, 'generated/openapi.json is missing: run `npm run generate`.', head);
      return true;
    }
    return false;
  };
}

/** The gateway's instance, over the repository's own files. */
export const serveDevRoute: DevRoutes = createDevRoutes();

/** The start-up banner's docs line: where the page is, or how to build it when it is not built. */
export function docsBannerLine(base: string, files: DevRouteFiles = defaultDevRouteFiles): string {
  const docs = existsSync(files.docs) ? `${base}/docs` : `${base}/docs (not built yet: npm run docs)`;
  return `  docs:  ${docs}   spec: ${base}/openapi.json`;
}
