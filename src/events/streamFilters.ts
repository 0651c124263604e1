// Which stream records can mean a domain event (streamRecords.ts): the event source mapping's
// filter criteria in AWS, so guards, idempotency records and tombstones expiring cost nothing,
// and the same patterns applied by the local runner (matchesStreamFilters).
import type { DynamoDBRecord } from 'aws-lambda';

/** An EventBridge-style pattern: leaves are arrays of accepted values (exact strings or `{ prefix }`). */
export type FilterPattern = { readonly [field: string]: FilterPattern | readonly FilterValue[] };
export type FilterValue = string | { readonly prefix: string };

/**
 * Lambda's FilterCriteria patterns, as plain objects (a record passes when any matches):
 * https://docs.aws.amazon.com/lambda/latest/dg/with-ddb-filtering.html
 */
export const streamFilterPatterns: readonly FilterPattern[] = [
  // Users and live items written: created, updated, restored.
  { eventName: ['INSERT', 'MODIFY'], dynamodb: { Keys: { sk: { S: ['USER', { prefix: 'ITEM#' }] } } } },
  // Put only: a user's or an item's tombstone (deleted, purged by the API), an item moved to the trash.
  {
    eventName: ['INSERT'],
    dynamodb: { Keys: { sk: { S: ['DELETED', { prefix: 'TRASH#' }, { prefix: 'PURGED#' }] } } },
  },
  // An item purged from the trash by DynamoDB's TTL.
  {
    eventName: ['REMOVE'],
    userIdentity: { type: ['Service'], principalId: ['dynamodb.amazonaws.com'] },
    dynamodb: { Keys: { sk: { S: [{ prefix: 'TRASH#' }] } } },
  },
];

const isPattern = (node: FilterPattern | readonly FilterValue[]): node is FilterPattern => !Array.isArray(node);

function matchesValue(value: unknown, accepted: readonly FilterValue[]): boolean {
  return (
    typeof value === 'string' &&
    accepted.some((a) => (typeof a === 'string' ? a === value : value.startsWith(a.prefix)))
  );
}

/** Lambda's matching for the subset of the pattern syntax used above: every field must match. */
export function matchesPattern(data: unknown, pattern: FilterPattern): boolean {
  if (typeof data !== 'object' || data === null) return false;
  return Object.entries(pattern).every(([field, node]) => {
    const value = (data as Record<string, unknown>)[field];
    return isPattern(node) ? matchesPattern(value, node) : matchesValue(value, node);
  });
}

/** True when the event source mapping would hand this record to the consumer. */
export const matchesStreamFilters = (record: DynamoDBRecord, patterns = streamFilterPatterns) =>
  patterns.some((pattern) => matchesPattern(record, pattern));
