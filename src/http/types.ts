// What the dispatcher takes and reports, free of API Gateway and Node types: both doors
// (the Lambda entry and the local gateway) translate to and from these.
import type { OperationId } from '../../generated/operations.js';
import type { Caller } from './caller.js';

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
