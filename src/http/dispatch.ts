// The dispatcher: openapi-backend's router (src/http/routing.ts) matches each request to
// its operationId, the precompiled validators check it, and its handler answers; every failure
// becomes an RFC 9457 problem (src/http/problems.ts), shaped like every other answer
// (src/http/responses.ts).
import bodyValidators from '../../generated/body-validators.cjs';
import { createHandlers } from '../../generated/handlers.js';
import { type OperationId, operations, routingDefinition } from '../../generated/operations.js';
import paramsValidators from '../../generated/params-validators.cjs';
import type { Deps } from '../handlers/types.js';
import { authorize } from './authorization.js';
import type { Caller } from './caller.js';
import { corsHeaders } from './cors.js';
import { BadRequest, MethodNotAllowed, NotFound, toProblemError, ValidationFailed } from './problems.js';
import { correlationIdOf, parseJsonBody, toFieldErrors } from './request.js';
import { type ApiResponse, jsonResponse, problemResponse } from './responses.js';
import { createRouting } from './routing.js';

export type { ApiResponse } from './responses.js';

/** A request as both doors hand it over; header names lower-case. */
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

export interface Logger {
  error(message: string, details: Record<string, unknown>): void;
}

/** What became of one request: for logs, metrics and business counters (src/lambda/observability.ts). */
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
/** The operation the request was routed to, for the observer. */
type Routed = { operationId: OperationId | undefined };

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

  const routing = createRouting(routingDefinition);

  async function runOperation(
    id: OperationId,
    pathParams: Record<string, string>,
    req: ApiRequest,
    correlationId: string,
  ) {
    const op = operations[id];
    authorize(id, req.caller, pathParams);
    const headers: Record<string, string> = {};
    for (const name of op.headerParams as readonly string[]) {
      const value = req.headers[name.toLowerCase()];
      if (value !== undefined) headers[name] = value;
    }
    const params = { path: { ...pathParams }, query: { ...req.query }, headers };
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

  function failure(err: unknown, req: ApiRequest, correlationId: string, headers: Record<string, string>) {
    const problem = toProblemError(err, deps.retryAfterSeconds ?? 5);
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
    return problemResponse(problem, req.path, correlationId, headers);
  }

  async function respond(req: ApiRequest, correlationId: string, routed: Routed): Promise<ApiResponse> {
    const headers = {
      ...corsHeaders(req.headers.origin, deps.allowedOrigins ?? []),
      'x-correlation-id': correlationId,
    };
    try {
      assertDecodablePath(req.path);
      const route = routing.match(req.method, req.path);
      if (!route) {
        const allowed = routing.allowedMethods(req.path);
        if (allowed.length === 0) throw new NotFound(`There is no ${req.path}.`);
        throw new MethodNotAllowed(req.method.toUpperCase(), req.path, allowed);
      }
      const id = route.operationId as OperationId;
      routed.operationId = id;
      const result = await runOperation(id, route.params, req, correlationId);
      return jsonResponse(result.status, result.body, { ...headers, ...result.headers });
    } catch (err) {
      return failure(err, req, correlationId, headers);
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
