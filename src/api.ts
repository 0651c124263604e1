// The dispatcher: openapi-backend routes each request by operationId to its
// handler, after the precompiled validators have checked it; every failure
// becomes an RFC 9457 problem here, in one place.
import { type Context, OpenAPIBackend } from 'openapi-backend';
import bodyValidators from '../generated/body-validators.cjs';
import { type OperationId, operations, routingDefinition } from '../generated/operations.js';
import paramsValidators from '../generated/params-validators.cjs';
import { authorize } from './authorization.js';
import type { Caller } from './caller.js';
import { corsHeaders } from './cors.js';
import {
  BadRequest,
  InternalError,
  MethodNotAllowed,
  NotFound,
  ProblemError,
  ServiceUnavailable,
  ValidationFailed,
} from './errors.js';
import { createHandlers } from './handlers/byOperationId.js';
import type { Deps } from './handlers/types.js';
import { correlationIdOf, parseJsonBody, toFieldErrors } from './request.js';
import { matchPath } from './routes.js';
import { DatabaseUnavailableError } from './store/errors.js';

/** A request as both doors (Lambda, local gateway) hand it over; header names lower-case. */
export interface ApiRequest {
  method: string;
  path: string;
  query: Record<string, string | undefined>;
  headers: Record<string, string | undefined>;
  body: string | null;
  /** The platform's request id, used as correlation id when the caller sends none. */
  requestId?: string;
  /** The authenticated caller, from the authorizer's claims; absent when anonymous. */
  caller?: Caller | undefined;
}

export interface ApiResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export interface Logger {
  error(message: string, details: Record<string, unknown>): void;
}

/** What became of one request: for logs, metrics and business counters (src/observability.ts). */
export interface RequestOutcome {
  /** The operation the request was routed to; undefined when none matched (404, 405). */
  operationId: OperationId | undefined;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  correlationId: string;
}

export interface Observer {
  /** Called once per request, after its response is made. */
  onRequestEnd(outcome: RequestOutcome): void;
}

export interface ApiDeps extends Deps {
  logger: Logger;
  observer?: Observer;
  /** Seconds a client should wait when DynamoDB is unavailable. */
  retryAfterSeconds?: number;
  /** Origins whose browsers may call the API (CORS); `*` for any. */
  allowedOrigins?: readonly string[];
}

interface AnyResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}
type AnyHandler = (input: unknown) => Promise<AnyResult>;
/** Filled in by the operation handler openapi-backend dispatches to. */
type Routed = { operationId: OperationId | undefined };
// Responses carry caller-specific data: no shared cache may keep them.
const BASE_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };

// The methods the spec lists for a path: 405 (known path) rather than 404.
const allowedMethods = (path: string) => matchPath(path)?.methods ?? [];

/** The router decodes path parameters; a path that is not percent-encoded UTF-8 is the client's error. */
function assertDecodablePath(path: string): void {
  try {
    decodeURIComponent(path);
  } catch {
    throw new BadRequest('The path is not valid percent-encoded UTF-8.');
  }
}

export function createApi(deps: ApiDeps) {
  const handlers = createHandlers(deps);

  async function runOperation(id: OperationId, c: Context, req: ApiRequest, correlationId: string) {
    const op = operations[id];
    authorize(id, req.caller, c.request.params);
    const headers: Record<string, string> = {};
    for (const name of op.headerParams as readonly string[]) {
      const value = req.headers[name.toLowerCase()];
      if (value !== undefined) headers[name] = value;
    }
    const params = { path: { ...c.request.params }, query: { ...req.query }, headers };
    const body = op.body ? parseJsonBody(req.body, req.headers['content-type']) : undefined;

    const validateParams = paramsValidators[id];
    const errors = validateParams(params) ? [] : toFieldErrors(validateParams.errors ?? []);
    if (op.body) {
      const validateBody = bodyValidators[id as keyof typeof bodyValidators];
      if (body === undefined) {
        if (op.body.required) errors.push({ path: '/body', message: 'is required' });
      } else if (!validateBody(body)) {
        errors.push(...toFieldErrors(validateBody.errors ?? [], '/body'));
      }
    }
    if (errors.length > 0) throw new ValidationFailed(errors);
    // The validators have checked (and defaulted) the input against the spec.
    const handler = handlers[id] as unknown as AnyHandler;
    return handler({ ...params, body, correlationId, caller: req.caller });
  }

  const backend = new OpenAPIBackend({
    definition: structuredClone(routingDefinition) as never,
    quick: true,
    validate: false,
    // `/users/` is not `/users`: the same strict matching as the gateway in front.
    ignoreTrailingSlashes: false,
    handlers: {
      notFound: (c: Context) => {
        const allowed = allowedMethods(c.request.path);
        if (allowed.length > 0) throw new MethodNotAllowed(c.request.method.toUpperCase(), c.request.path, allowed);
        throw new NotFound(`There is no ${c.request.path}.`);
      },
      methodNotAllowed: (c: Context) => {
        throw new MethodNotAllowed(c.request.method.toUpperCase(), c.request.path, allowedMethods(c.request.path));
      },
      ...Object.fromEntries(
        (Object.keys(operations) as OperationId[]).map((id) => [
          id,
          (c: Context, req: ApiRequest, correlationId: string, routed: Routed) => {
            routed.operationId = id;
            return runOperation(id, c, req, correlationId);
          },
        ]),
      ),
    },
  });
  const ready = backend.init().then(() => {
    // openapi-backend rebuilds its operation list from the definition (lodash chains over
    // every path) twice per request; the definition is fixed after init, so build it once.
    // Measured: ~110 → ~45 µs per warm request through the Lambda entry (docs/performance.md).
    const routes = backend.router.getOperations();
    backend.router.getOperations = () => routes;
  });

  function problemResponse(err: unknown, req: ApiRequest, correlationId: string): ApiResponse {
    let problem: ProblemError;
    if (err instanceof ProblemError) problem = err;
    else if (err instanceof DatabaseUnavailableError)
      problem = new ServiceUnavailable(deps.retryAfterSeconds ?? 5, { cause: err });
    else problem = new InternalError({ cause: err });
    if (problem.status >= 500) {
      const cause = problem.cause ?? err;
      deps.logger.error(problem.title, {
        correlationId,
        method: req.method,
        path: req.path,
        error:
          cause instanceof Error ? { name: cause.name, message: cause.message, stack: cause.stack } : String(cause),
      });
    }
    return {
      statusCode: problem.status,
      headers: {
        ...BASE_HEADERS,
        ...corsHeaders(req.headers.origin, deps.allowedOrigins ?? []),
        'content-type': 'application/problem+json',
        'x-correlation-id': correlationId,
        ...problem.headers,
      },
      body: JSON.stringify(problem.toProblem(req.path, correlationId)),
    };
  }

  async function respond(req: ApiRequest, correlationId: string, routed: Routed): Promise<ApiResponse> {
    try {
      await ready;
      assertDecodablePath(req.path);
      const request = { method: req.method, path: req.path, query: req.query as Record<string, string>, headers: {} };
      const result = (await backend.handleRequest(request, req, correlationId, routed)) as AnyResult;
      const headers: Record<string, string> = {
        ...BASE_HEADERS,
        ...corsHeaders(req.headers.origin, deps.allowedOrigins ?? []),
        'x-correlation-id': correlationId,
        ...result.headers,
      };
      if (result.body === undefined) return { statusCode: result.status, headers, body: '' };
      return {
        statusCode: result.status,
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(result.body),
      };
    } catch (err) {
      return problemResponse(err, req, correlationId);
    }
  }

  return {
    async handle(req: ApiRequest): Promise<ApiResponse> {
      const started = performance.now();
      const correlationId = correlationIdOf(req.headers['x-correlation-id'], req.requestId);
      const routed: Routed = { operationId: undefined };
      const response = await respond(req, correlationId, routed);
      deps.observer?.onRequestEnd({
        operationId: routed.operationId,
        method: req.method,
        path: req.path,
        status: response.statusCode,
        durationMs: performance.now() - started,
        correlationId,
      });
      return response;
    },
  };
}

export type Api = ReturnType<typeof createApi>;
