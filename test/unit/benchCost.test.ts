// The cost model of `npm run bench` (bench/cost.ts): list prices pinned to their values, Lambda's
// CPU-by-memory scaling and 1 ms billing, and each service's part of a million requests.
import { describe, expect, it } from 'vitest';
import { billedMs, CONFIGURED_MB, costs, operationCost, PRICES } from '../../bench/cost.js';
import type { Usage } from '../../bench/usage.js';

const usage = (wru: number, rru: number, durationMs: number): Usage => ({
  status: 200,
  wru,
  rru,
  indexUnits: 0,
  durationMs,
});
const inputs = {
  usage: { createUser: usage(6, 0, 10), getUser: usage(0, 1, 4), invalid: usage(0, 0, 0.05) },
  cpuMs: { createUser: 0.05, getUser: 0.04, invalid: 0.03 },
  coldMs: 100,
};

describe('bench cost model', () => {
  it('prices API Gateway REST, Lambda arm64 and DynamoDB on demand at their us-east-1 list prices', () => {
    expect(PRICES).toMatchObject({
      region: 'us-east-1',
      apiGatewayRestPerMillion: 3.5,
      lambdaArmPerGbSecond: 0.0000133334,
      lambdaPerMillionRequests: 0.2,
      dynamoDbPerMillionWru: 0.625,
      dynamoDbPerMillionRru: 0.125,
      dynamoDbSince: '2024-11-01',
    });
    expect(CONFIGURED_MB).toBe(1024);
  });

  it('stretches CPU time below one vCPU (1,769 MB), not the wait, and bills whole milliseconds', () => {
    expect(billedMs(10, 0, 1769)).toBe(10);
    expect(billedMs(10, 0, 3008)).toBe(10);
    expect(billedMs(10, 5, 128)).toBe(Math.ceil(10 * (1769 / 128) + 5));
    expect(billedMs(0.2, 0.3, 1769)).toBe(1);
  });

  it('adds API Gateway, Lambda requests and compute, and the measured capacity units', () => {
    const create = operationCost(inputs, 'createUser', 1024);
    expect(create.billedMs).toBe(Math.ceil(0.05 * (1769 / 1024) + 9.95));
    expect(create.dynamoDb).toBeCloseTo(6 * 0.625);
    expect(create.lambdaCompute).toBeCloseTo((create.billedMs / 1000) * 0.0000133334 * 1e6);
    expect(create.total).toBeCloseTo(3.5 + 0.2 + create.lambdaCompute + 3.75);
    expect(operationCost(inputs, 'getUser', 1024).dynamoDb).toBeCloseTo(0.125);
    expect(operationCost(inputs, 'invalid', 1024).dynamoDb).toBe(0);
  });

  it('finds the memory size at which Lambda costs least', () => {
    const { cheapest, byMemory } = costs(inputs);
    expect(cheapest.lambdaUsd).toBe(Math.min(...byMemory.map((r) => r.lambdaUsd)));
    expect(byMemory.map((r) => r.memoryMb)).toContain(CONFIGURED_MB);
  });
});
