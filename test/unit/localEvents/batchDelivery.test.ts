// Lambda's stream retry rules as the local runner applies them: resume from the first failed
// record, bisect, bounded retries, then the failure destination; nothing delivered twice.
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { type DeliveryPolicy, deliverBatch } from '../../../src/local/events/batchDelivery.js';

const records = (n: number): DynamoDBRecord[] =>
  Array.from({ length: n }, (_, i) => ({ eventID: `e${i}`, dynamodb: { SequenceNumber: String(100 + i) } }));
const seq = (r: DynamoDBRecord) => r.dynamodb?.SequenceNumber as string;
const noWait = async () => {};

/** A consumer that records each batch it got and accepts a record unless `fails` says no. */
function consumer(fails: (sequenceNumber: string, call: number) => boolean) {
  const batches: string[][] = [];
  const accepted: string[] = [];
  const handler = async ({ Records }: DynamoDBStreamEvent) => {
    batches.push(Records.map(seq));
    // In order, stopping at the first failure, as a consumer that keeps order per shard must.
    for (const record of Records) {
      if (fails(seq(record), batches.length)) return { batchItemFailures: [{ itemIdentifier: seq(record) }] };
      accepted.push(seq(record));
    }
    return { batchItemFailures: [] };
  };
  return { batches, accepted, handler };
}

function sink() {
  const failed: { sequenceNumbers: string[]; reason: string; attempts: number }[] = [];
  const onFailure = async (rs: readonly DynamoDBRecord[], reason: string, attempts: number) => {
    failed.push({ sequenceNumbers: rs.map(seq), reason, attempts });
  };
  return { failed, onFailure };
}

const noBisect: DeliveryPolicy = { maxRetries: 2, bisect: false, backoffMs: () => 0 };

describe('deliverBatch', () => {
  it('retries from the failed record, never handing the ones before it again', async () => {
    let failuresLeft = 1;
    const c = consumer((s) => s === '102' && failuresLeft-- > 0);
    const { failed, onFailure } = sink();

    await deliverBatch(records(5), { handler: c.handler, policy: noBisect, onFailure, sleep: noWait });

    expect(c.batches).toEqual([
      ['100', '101', '102', '103', '104'],
      ['102', '103', '104'],
    ]);
    expect(c.accepted).toEqual(['100', '101', '102', '103', '104']);
    expect(failed).toEqual([]);
  });

  it('gives up after the retries and sends what is left to the failure destination', async () => {
    const c = consumer((s) => s === '101');
    const { failed, onFailure } = sink();

    await deliverBatch(records(3), { handler: c.handler, policy: noBisect, onFailure, sleep: noWait });

    expect(c.batches).toEqual([
      ['100', '101', '102'],
      ['101', '102'],
      ['101', '102'],
    ]);
    expect(failed).toEqual([{ sequenceNumbers: ['101', '102'], reason: 'batchItemFailures: 101', attempts: 3 }]);
  });

  it('bisects so that only the poison record ends in the failure destination', async () => {
    const c = consumer((s) => s === '102');
    const { failed, onFailure } = sink();
    const waits: number[] = [];

    await deliverBatch(records(6), {
      handler: c.handler,
      policy: { maxRetries: 2, bisect: true, backoffMs: (n) => n * 10 },
      onFailure,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });

    expect(c.accepted).toEqual(['100', '101', '103', '104', '105']);
    expect(failed.map((f) => f.sequenceNumbers)).toEqual([['102']]);
    expect(failed[0]?.attempts).toBe(3);
    expect(waits).toEqual([10, 20]);
  });

  it('treats a thrown error as a failure of the whole batch', async () => {
    let calls = 0;
    const handler = async () => {
      calls++;
      if (calls === 1) throw new Error('bus unavailable');
      return { batchItemFailures: [] };
    };
    const { failed, onFailure } = sink();

    await deliverBatch(records(1), { handler, policy: noBisect, onFailure, sleep: noWait });

    expect(calls).toBe(2);
    expect(failed).toEqual([]);
  });

  it('retries the whole batch when a failure names a record that is not in it', async () => {
    const batches: number[] = [];
    const handler = async ({ Records }: DynamoDBStreamEvent) => {
      batches.push(Records.length);
      return { batchItemFailures: [{ itemIdentifier: 'not-a-sequence-number' }] };
    };
    const { failed, onFailure } = sink();

    await deliverBatch(records(2), { handler, policy: noBisect, onFailure, sleep: noWait });

    expect(batches).toEqual([2, 2, 2]);
    expect(failed[0]?.sequenceNumbers).toEqual(['100', '101']);
  });
});
