// Local-only developer routes of the local gateway: the built Redoc page at
// GET /docs, the spec at GET /openapi.json and the domain events as server-sent events at
// GET /_events. Not part of the API contract.
import { readFileSync } from 'node:fs';
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
      if (docs) send(res, 200, 'text/html; charset=utf-8', docs, head);
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
