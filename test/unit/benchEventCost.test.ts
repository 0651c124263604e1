// The bench's price of a million domain events: PutEvents per 64 KB chunk, Lambda per invocation
// and GB-s at the consumer's memory, so full batches cost less than one record an invocation.
import { describe, expect, it } from 'vitest';
import { PRICES } from '../../bench/cost.js';
import { EVENT_PRICES, measureEventCost, PUT_EVENTS_RTT_MS } from '../../bench/eventCost.js';

describe('measureEventCost', () => {
  it('prices a million small events at one PutEvents chunk each, and Lambda by invocations and duration', async () => {
    const figures = await measureEventCost(400);

    expect(figures.entryBytes).toBeGreaterThan(200);
    expect(figures.chunksPerEvent).toBe(1);
    const [single, batched] = figures.perMillion;
    expect(single?.eventBridge).toBe(EVENT_PRICES.eventBridgePerMillionChunks);
    // One invocation per event: a million Lambda requests, plus at least the PutEvents wait at 256 MB.
    const floor =
      PRICES.lambdaPerMillionRequests + 1e6 * (PUT_EVENTS_RTT_MS / 1000) * 0.25 * PRICES.lambdaArmPerGbSecond;
    expect(single?.lambda).toBeGreaterThanOrEqual(floor);
    expect(batched?.lambda).toBeLessThan(single?.lambda as number);
    expect(batched?.total).toBeCloseTo((batched?.lambda as number) + (batched?.eventBridge as number), 10);
  });
});
