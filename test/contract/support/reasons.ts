// Why a documented status is not exercised on a target: a client cannot cause it,
// or causing it would break the suite's own rules (bounded load, no races).
import type { Target } from './target.js';

export function knownReason(target: Target, operationId: string, status: number): string | undefined {
  if (status === 500) return 'not client-causable (an unexpected fault in the service)';
  if (status === 503 && !target.degraded) return 'needs DynamoDB unreachable (provoked only on a local target)';
  if (status === 429 && !target.throttled)
    return 'needs a burst past the stage throttle; the suite keeps its load bounded (provoked only on a local target)';
  if (status === 403 && !target.userToken) {
    return 'needs a token without the admins group (set API_USER_TOKEN with API_BASE_URL)';
  }
  if (status === 409 && operationId === 'deleteUser') {
    return 'only under concurrent writes to the same user, after the handler retries 3 times';
  }
  if (status === 409 && (operationId === 'createItem' || operationId === 'createItems')) {
    return 'only while another request with the same Idempotency-Key is still being written (a race)';
  }
  return undefined;
}

export function notExercisedReason(target: Target, operationId: string, status: number): string {
  return knownReason(target, operationId, status) ?? 'no case provokes it: add one';
}
