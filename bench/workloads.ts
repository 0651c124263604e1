// Every operation of the spec on its documented success path, built from the spec's examples and
// the operation's scenarios (src/handlers/<operationId>.scenarios.ts: the data it needs, made
// through the API itself), so the cost model (usage.ts) and the warm loop (warmOperations.ts)
// price the same requests whatever the store does underneath (DynamoDB Local or in-process).
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { type OperationId, operations } from '../generated/operations.js';
import { loadScenarios, operationIds } from '../src/scenarios/load.js';
import { exampleParts, requestFor } from '../src/scenarios/requests.js';
import { type Api, type ApiRequest, DEFAULT_WEIGHT } from '../src/scenarios/scenario.js';
import { invalidUserEvent, proxyEvent } from './events.js';

/** Every operation of the spec, and a refused `POST /users` (400): what an invalid request costs. */
export const REQUEST_KINDS: readonly RequestKind[] = [...operationIds, 'invalid'];
export type RequestKind = OperationId | 'invalid';

export type Invoke = (event: APIGatewayProxyEvent) => Promise<{ statusCode: number; body: string }>;

export interface Workload {
  label: string;
  /** The documented success status every measured request must get. */
  status: number;
  /** Requests per hundred in the cost mix (bench/cost.ts). */
  weight: number;
  /**
   * Makes what `count` requests need, through `invoke`; returns the n-th request (0 ≤ n < count).
   * `run` must be new for each call: emails are made from it.
   */
  prepare(invoke: Invoke, count: number, run: string): Promise<(n: number) => APIGatewayProxyEvent>;
}

/** Items per `POST /items/batch`: the spec's own example. */
export const BATCH_SIZE = (exampleParts('createItems').body as { items: unknown[] }).items.length;
/** Refused requests per hundred in the cost mix. */
export const INVALID_WEIGHT = 2;

/** A request as API Gateway's proxy event (the bench's admin caller). */
export function toEvent(request: ApiRequest, n: number): APIGatewayProxyEvent {
  const url = new URL(request.path, 'http://bench');
  const event = proxyEvent(request.method, url.pathname, request.body ?? null, `req-${request.method}-${n}`);
  const query = Object.fromEntries(url.searchParams);
  return {
    ...event,
    headers: { ...event.headers, ...request.headers },
    queryStringParameters: url.search ? query : null,
    multiValueQueryStringParameters: url.search
      ? Object.fromEntries([...url.searchParams].map(([k, v]) => [k, [v]]))
      : null,
  };
}

/** The scenarios' view of the API: the bench's events, answered in process. */
export function apiOf(invoke: Invoke, run: string): Api {
  let made = 0;
  return {
    async send(request) {
      const answer = await invoke(toEvent(request, made));
      return { status: answer.statusCode, headers: {}, body: answer.body ? JSON.parse(answer.body) : undefined };
    },
    email: (tag) => `${run}-${tag}-${made++}@example.com`,
  };
}

/** Each operation's workload from its scenarios (`load`, else `success`, else the spec's examples). */
export async function loadWorkloads(): Promise<Record<RequestKind, Workload>> {
  const scenarios = await loadScenarios();
  const workloads = {} as Record<RequestKind, Workload>;
  for (const id of operationIds) {
    const { path, method, successStatuses } = operations[id];
    const { load, success, note, weight } = scenarios[id];
    const prepare = load ?? success;
    workloads[id] = {
      label: `${method.toUpperCase()} ${path}${note ? ` (${note})` : ''}`,
      status: successStatuses[0] as number,
      weight: weight ?? DEFAULT_WEIGHT,
      prepare: async (invoke, count, run) => {
        const partsAt = prepare ? await prepare(apiOf(invoke, run), count) : () => ({});
        return (n) => toEvent(requestFor(id, partsAt(n)), n);
      },
    };
  }
  workloads.invalid = {
    label: 'POST /users, invalid',
    status: 400,
    weight: INVALID_WEIGHT,
    prepare: async () => (n) => invalidUserEvent(n),
  };
  return workloads;
}
