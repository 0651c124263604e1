// Hands a batch of stream records to the consumer as Lambda's event source mapping does for
// DynamoDB streams with ReportBatchItemFailures: retry from the first failed record (the
// records before it count as done), bisect what still fails, give up after bounded retries
// and send what is left to the on-failure destination, then move on.
// https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

export type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | undefined>;

export interface DeliveryPolicy {
  /** Retries of one (sub-)batch after its first attempt (the mapping's MaximumRetryAttempts). */
  maxRetries: number;
  /** Split a failing batch in two, each half retried on its own (BisectBatchOnFunctionError). */
  bisect: boolean;
  /** Wait before retry number `attempt` (1-based). */
  backoffMs(attempt: number): number;
}

export const localDeliveryPolicy: DeliveryPolicy = {
  maxRetries: 3,
  bisect: true,
  backoffMs: (attempt) => Math.min(100 * 2 ** (attempt - 1), 1_000),
};

export interface DeliveryOptions {
  handler: StreamHandler;
  policy?: DeliveryPolicy;
  /** The on-failure destination: records given up on, with why; may throw (then delivery stops there). */
  onFailure(records: readonly DynamoDBRecord[], reason: string, attempts: number): Promise<void>;
  sleep?: (ms: number) => Promise<void>;
}

type Outcome = { failedAt: number; reason: string } | undefined;

/** Where the batch must resume: undefined when all succeeded; an error or an unknown identifier fails it all. */
async function invoke(handler: StreamHandler, records: readonly DynamoDBRecord[]): Promise<Outcome> {
  let response: DynamoDBBatchResponse | undefined;
  try {
    response = await handler({ Records: [...records] });
  } catch (err) {
    return { failedAt: 0, reason: `function error: ${(err as Error).message ?? String(err)}` };
  }
  const failures = response?.batchItemFailures ?? [];
  if (failures.length === 0) return undefined;
  const positions = failures.map((f) => records.findIndex((r) => r.dynamodb?.SequenceNumber === f.itemIdentifier));
  // Lambda treats a missing or unknown itemIdentifier as a failure of the whole batch.
  const failedAt = positions.some((p) => p < 0) ? 0 : Math.min(...positions);
  return { failedAt, reason: `batchItemFailures: ${failures.map((f) => f.itemIdentifier).join(', ')}` };
}

const wait = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Delivers `records` in order; resolves once each is either accepted by the handler or sent to onFailure. */
export async function deliverBatch(records: readonly DynamoDBRecord[], options: DeliveryOptions): Promise<void> {
  const policy = options.policy ?? localDeliveryPolicy;
  const sleep = options.sleep ?? wait;
  // Sub-batches still to deliver, in stream order; a bisected batch puts its halves in front.
  const pending: { records: readonly DynamoDBRecord[]; attempts: number }[] = [{ records, attempts: 0 }];
  while (pending.length > 0) {
    const batch = pending.shift() as { records: readonly DynamoDBRecord[]; attempts: number };
    if (batch.records.length === 0) continue;
    const outcome = await invoke(options.handler, batch.records);
    if (!outcome) continue;
    const rest = batch.records.slice(outcome.failedAt);
    const attempts = batch.attempts + 1;
    if (policy.bisect && rest.length > 1) {
      // A split does not count against the retries (as in Lambda).
      const half = Math.ceil(rest.length / 2);
      pending.unshift({ records: rest.slice(0, half), attempts: 0 }, { records: rest.slice(half), attempts: 0 });
      continue;
    }
    if (attempts > policy.maxRetries) {
      await options.onFailure(rest, outcome.reason, attempts);
      continue;
    }
    await sleep(policy.backoffMs(attempts));
    pending.unshift({ records: rest, attempts });
  }
}
