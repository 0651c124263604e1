// Makes a create safe to retry under an Idempotency-Key: the first response is
// stored with the write, in one transaction, and replayed for the same key and
// body; the same key with another body is a 422.
import { createHash } from 'node:crypto';
import { Conflict, UnprocessableContent } from '../http/problems.js';
import { IdempotencyKeyTaken } from '../store/errors.js';
import type { IdempotencyRecord, StoredResponse } from '../store/idempotency.js';
import type { TransactWriteItem } from '../store/items.js';
import type { Deps } from './types.js';

/** JSON with object keys sorted, so equal bodies fingerprint equally whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** `run` performs the write, including `recordFor(response)` in its transaction when a key is given. */
export async function idempotent<R extends StoredResponse>(
  deps: Pick<Deps, 'idempotency' | 'clock'>,
  request: { owner: string; key: string | undefined; operationId: string; body: unknown },
  run: (recordFor?: (response: R) => TransactWriteItem) => Promise<R>,
): Promise<R> {
  const { owner, key } = request;
  if (key === undefined) return run();
  const now = deps.clock();
  const fingerprint = createHash('sha256')
    .update(`${request.operationId}\n${canonical(request.body)}`)
    .digest('base64url');
  const replay = (found: IdempotencyRecord): R => {
    if (found.fingerprint !== fingerprint) {
      throw new UnprocessableContent('The Idempotency-Key was used with a different request body.', {
        type: 'urn:problem:idempotency-key-reused',
      });
    }
    const response = found.response as R;
    return { ...response, headers: { ...response.headers, 'idempotent-replayed': 'true' } };
  };

  const found = await deps.idempotency.find(owner, key, now);
  if (found) return replay(found);
  try {
    return await run((response) => deps.idempotency.record(owner, key, { fingerprint, response }, now));
  } catch (err) {
    if (!(err instanceof IdempotencyKeyTaken)) throw err;
    // A concurrent request with the same key won the race: answer as it did.
    const winner = await deps.idempotency.find(owner, key, now);
    if (winner) return replay(winner);
    throw new Conflict('A request with this Idempotency-Key is being processed; retry.');
  }
}
