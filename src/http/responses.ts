// Every answer the service shapes itself is made here: JSON results and RFC 9457 problems,
// with the headers every response carries. The dispatcher, the local gateway's own errors
// and its developer routes all answer through these two functions.
import type { ProblemError } from './problems.js';

/** A response as both doors (Lambda, local gateway) write it out; header names lower-case. */
export interface ApiResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

// Responses carry caller-specific data: no shared cache may keep them.
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/** A result: JSON when there is a body, empty otherwise (204). `headers` win over the base ones. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  if (body === undefined) return { statusCode: status, headers: { ...BASE_HEADERS, ...headers }, body: '' };
  return {
    statusCode: status,
    headers: { ...BASE_HEADERS, ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  };
}

/** An RFC 9457 problem about `instance` (the request path); the problem's own headers win. */
export function problemResponse(
  problem: ProblemError,
  instance: string,
  correlationId: string,
  headers: Record<string, string> = {},
): ApiResponse {
  return {
    statusCode: problem.status,
    headers: {
      ...BASE_HEADERS,
      ...headers,
      'content-type': 'application/problem+json',
      'x-correlation-id': correlationId,
      ...problem.headers,
    },
    body: JSON.stringify(problem.toProblem(instance, correlationId)),
  };
}
