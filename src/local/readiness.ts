// While the local stage starts (DynamoDB Local, the table, the function's load), its port answers
// every request with a 503 problem and Retry-After instead of holding it until the stage is ready.
import { ServiceUnavailable } from '../http/problems.js';
import { correlationIdOf } from '../http/request.js';
import { problemResponse } from '../http/responses.js';
import type { HttpRequest, HttpResponse } from './apiGateway/http.js';

type Handler = (request: HttpRequest) => Promise<HttpResponse>;

export interface ReadinessGate {
  handler: Handler;
  /** From now on requests go to `ready`. */
  open(ready: Handler): void;
}

export function readinessGate(retryAfterSeconds = 1): ReadinessGate {
  let target: Handler | undefined;
  const starting = async (request: HttpRequest): Promise<HttpResponse> => {
    const sent = request.headers.find(([name]) => name.toLowerCase() === 'x-correlation-id')?.[1];
    const problem = new ServiceUnavailable(retryAfterSeconds, undefined, 'The local stage is starting');
    return problemResponse(problem, request.path, correlationIdOf(sent));
  };
  return {
    handler: (request) => (target ? target(request) : starting(request)),
    open(ready) {
      target = ready;
    },
  };
}
