// Which stream records can mean a domain event (streamRecords.ts): the event source mapping's
// filter criteria in AWS, so guards, idempotency records and tombstones expiring cost nothing,
// and the same patterns applied by the local runner (src/local/events/filterPattern.ts matches them).

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
