// The cost model of `npm run bench` (bench/cost.ts): list prices pinned to their values, Lambda's
// CPU-by-memory scaling and 1 ms billing, each service's part of a million requests of every
// operation, transactions at two units per item, and the mix the memory size is chosen for.
import { describe, expect, it } from 'vitest';
import {
  billedMs,
  CONFIGURED_MB,
  type CostMix,
  costMix,
  costs,
  lambdaMixUsd,
  mixTotalUsd,
  operationCost,
  PRICES,
} from '../../bench/cost.js';
import { itemBytes, transactionTableUnits, type Usage } from '../../bench/usage.js';
import { INVALID_WEIGHT, loadWorkloads, REQUEST_KINDS, type RequestKind } from '../../bench/workloads.js';
import { operations } from '../../generated/operations.js';
import { loadScenarios } from '../../src/scenarios/load.js';
import { DEFAULT_WEIGHT } from '../../src/scenarios/scenario.js';

const usage = (wru: number, rru: number, durationMs: number): Usage => ({
  status: 200,
  wru,
  reportedWru: wru,
  rru,
  indexUnits: 0,
  durationMs,
  calls: 'none',
});
// A tenth of the requests are createUser, the rest spread evenly over the other kinds.
const mix = Object.fromEntries(
  REQUEST_KINDS.map((k) => [k, k === 'createUser' ? 0.1 : 0.9 / (REQUEST_KINDS.length - 1)]),
) as CostMix;
// Every kind at 2 ms (0.02 ms of it CPU) with no DynamoDB units, then the rows under test.
const base = Object.fromEntries(REQUEST_KINDS.map((k) => [k, usage(0, 0, 2)])) as Record<RequestKind, Usage>;
const inputs = {
  usage: {
    ...base,
    createUser: usage(6, 0, 10),
    getUser: usage(0, 1, 4),
    // Two items and the idempotency record in one transaction, after a consistent read of the record.
    createItems: usage(6, 1, 12),
    listUsers: usage(0, 1.5, 6),
    invalid: usage(0, 0, 0.05),
  },
  cpuMs: { ...Object.fromEntries(REQUEST_KINDS.map((k) => [k, 0.02])), createUser: 0.05, getUser: 0.04, invalid: 0.03 },
  coldMs: 100,
  mix,
} as { usage: Record<RequestKind, Usage>; cpuMs: Record<RequestKind, number>; coldMs: number; mix: CostMix };

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

  it('prices a batch by its units: 6 WRU and 1 RRU are $3.875 of DynamoDB per million', () => {
    const batch = operationCost(inputs, 'createItems', 1024);
    expect(batch.dynamoDb).toBeCloseTo(6 * 0.625 + 0.125);
    expect(batch.billedMs).toBe(Math.ceil(0.02 * (1769 / 1024) + 11.98));
    // Half units (an eventually consistent page) are priced as reported, not rounded.
    expect(operationCost(inputs, 'listUsers', 1024).dynamoDb).toBeCloseTo(1.5 * 0.125);
  });

  it('prices every operation of the spec and the refused request', () => {
    const { perOperation } = costs(inputs);
    expect(Object.keys(perOperation)).toEqual([...REQUEST_KINDS]);
    expect(REQUEST_KINDS).toEqual([...Object.keys(operations), 'invalid']);
    // API Gateway's $3.50 and Lambda's $0.20 per million are the least any request costs.
    for (const o of Object.values(perOperation)) expect(o.total).toBeGreaterThanOrEqual(3.7);
  });

  it('bills a transaction two write units per item per KB, whatever DynamoDB Local reports', () => {
    const put = (bytes: number) => ({ Put: { Item: { pk: 'x'.repeat(bytes - 6) } } });
    const small = [put(200), { Delete: { Key: { pk: 'EMAIL#a' } } }, put(60)];
    // DynamoDB Local 3.3 reports 4 for this transaction (updateUser's); AWS bills 2 + 2 + 2.
    expect(transactionTableUnits(small, 4)).toBe(6);
    expect(transactionTableUnits(small, 8)).toBe(8);
    // 1,500 bytes are two KB units, so four transactional ones.
    expect(transactionTableUnits([put(1500)], 0)).toBe(4);
    expect(transactionTableUnits([put(1024)], 0)).toBe(2);
  });

  it('sizes items as DynamoDB does: names and values, strings in UTF-8', () => {
    expect(itemBytes({ pk: 'USER#1' })).toBe(3 + 1 + 2 + 6);
    expect(itemBytes('é')).toBe(2);
    expect(itemBytes(12345)).toBe(4);
    expect(itemBytes(['a', 'b'])).toBe(3 + 2 + 2);
  });

  it("mixes every operation by its scenarios' weight, the stated default without one, as shares of their sum", async () => {
    const scenarios = await loadScenarios();
    const weights = { ...scenarios, invalid: { weight: INVALID_WEIGHT } };
    const total = REQUEST_KINDS.reduce((sum, kind) => sum + (weights[kind].weight ?? DEFAULT_WEIGHT), 0);

    const stated = costMix(await loadWorkloads());

    expect(Object.keys(stated)).toEqual([...REQUEST_KINDS]);
    for (const kind of REQUEST_KINDS)
      expect(stated[kind]).toBeCloseTo((weights[kind].weight ?? DEFAULT_WEIGHT) / total, 12);
    expect(Object.values(stated).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // getHealth has no scenario file: it is priced at the stated default.
    expect(scenarios.getHealth.weight).toBeUndefined();
    expect(stated.getHealth).toBeCloseTo(DEFAULT_WEIGHT / total, 12);
  });

  it('weighs Lambda by the mix of every operation, cold starts included', () => {
    const warm = REQUEST_KINDS.reduce(
      (sum, kind) => sum + mix[kind] * operationCost(inputs, kind, 512).lambdaCompute,
      0,
    );
    const cold = (Math.ceil(100 * (1769 / 512)) / 1000) * 0.5 * 0.0000133334 * 1e6;
    expect(lambdaMixUsd(inputs, 512)).toBeCloseTo(0.99 * warm + 0.01 * cold + 0.2, 10);
    const { perOperation } = costs(inputs);
    const total = REQUEST_KINDS.reduce((sum, kind) => sum + mix[kind] * perOperation[kind].total, 0);
    expect(mixTotalUsd(perOperation, mix)).toBeCloseTo(total, 10);
  });

  it('finds the memory size at which Lambda costs least', () => {
    const { cheapest, byMemory } = costs(inputs);
    expect(cheapest.lambdaUsd).toBe(Math.min(...byMemory.map((r) => r.lambdaUsd)));
    expect(byMemory.map((r) => r.memoryMb)).toContain(CONFIGURED_MB);
    // Mostly waiting on DynamoDB: the smallest memory is the cheapest.
    expect(cheapest.memoryMb).toBe(128);
  });
});
