// Failures the store reports in domain terms, so callers never see SDK error names;
// src/http/problems.ts turns each into the problem the client gets.
import type { Item } from './itemRecords.js';

/** The email already belongs to another user (the guard item exists). */
export class EmailTakenError extends Error {
  constructor(readonly email: string) {
    super(`email taken: ${email}`);
    this.name = 'EmailTakenError';
  }
}

/** The item changed (or vanished) between read and conditional write. */
export class StaleVersionError extends Error {
  constructor() {
    super('stale version');
    this.name = 'StaleVersionError';
  }
}

/** A list cursor that this service did not issue, or that was altered. */
export class InvalidCursorError extends Error {
  constructor(reason: string) {
    super(`invalid cursor: ${reason}`);
    this.name = 'InvalidCursorError';
  }
}

/** The stored item is at another version than the caller expected. */
export class ItemVersionMismatch extends Error {
  constructor(readonly current: Item) {
    super('item version mismatch');
    this.name = 'ItemVersionMismatch';
  }
}

/** Another request already used this idempotency key (its record exists). */
export class IdempotencyKeyTaken extends Error {
  override name = 'IdempotencyKeyTaken';
}

/** DynamoDB cannot be reached or is throttling: worth retrying later. */
export class DatabaseUnavailableError extends Error {
  constructor(options?: ErrorOptions) {
    super('database unavailable', options);
    this.name = 'DatabaseUnavailableError';
  }
}

const TRANSIENT_NAMES = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'LimitExceededException',
]);
// Cancellation reason codes of TransactWriteItems that mean "try again", not "your condition failed".
const TRANSIENT_CANCELLATIONS = new Set([
  'ThrottlingError',
  'ProvisionedThroughputExceeded',
  'RequestLimitExceeded',
  'TransactionConflict',
]);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
]);

/** True when an SDK error means "DynamoDB is unreachable or overloaded right now". */
export function isTransient(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const e = err as Error & { code?: string; $metadata?: { httpStatusCode?: number } };
  if (TRANSIENT_NAMES.has(e.name) || (e.code !== undefined && NETWORK_CODES.has(e.code))) return true;
  // A transaction cancelled because a key was throttled (a hot partition) or another
  // transaction held an item: nothing the caller sent was wrong, so retry later (503).
  if (e.name === 'TransactionCanceledException') {
    const reasons = (err as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
    return reasons.some((r) => TRANSIENT_CANCELLATIONS.has(r.Code ?? ''));
  }
  if ((e.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  return e.cause !== undefined && e.cause !== err && isTransient(e.cause);
}

/** Rethrows transient SDK failures as DatabaseUnavailableError; anything else as is. */
export function rethrowTransient(err: unknown): never {
  if (isTransient(err)) throw new DatabaseUnavailableError({ cause: err });
  throw err;
}

/** Runs one DynamoDB call, turning transient failures into DatabaseUnavailableError. */
export async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    return rethrowTransient(err);
  }
}
