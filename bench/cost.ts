// What a million requests cost in AWS at list prices, from the bench's own figures: API Gateway
// REST, Lambda arm64 at the configured memory with the measured durations, DynamoDB on demand
// with the capacity DynamoDB Local reported; and the memory size that costs least.
import { stageConfigs } from '../infra/config.js';
import type { Usage } from './usage.js';
import { REQUEST_KINDS, type RequestKind, type Workload } from './workloads.js';

/**
 * us-east-1 list prices, first pricing tier, as published on the pages below. They are the prices in
 * force since DynamoDB's on-demand cut of 2024-11-01 (the latest change among them), as stated on
 * 2026-11-30; this machine has no internet, so re-check the pages before quoting the dollars.
 */
export const PRICES = {
  date: '2026-11-30',
  region: 'us-east-1',
  apiGatewayRestPerMillion: 3.5,
  apiGatewaySource: 'https://aws.amazon.com/api-gateway/pricing/',
  lambdaArmPerGbSecond: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  lambdaSource: 'https://aws.amazon.com/lambda/pricing/',
  dynamoDbPerMillionWru: 0.625,
  dynamoDbPerMillionRru: 0.125,
  dynamoDbSince: '2024-11-01',
  dynamoDbSource: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
} as const;

/** Lambda gives a function CPU in proportion to its memory: one vCPU at 1,769 MB (Lambda's docs). */
export const ONE_VCPU_MB = 1769;
/** Share of invocations that are cold starts (an assumption: steady traffic on a warm pool). */
export const COLD_START_SHARE = 0.01;
/** The memory the prod stage configures (infra/config.ts). */
export const CONFIGURED_MB = stageConfigs.prod.lambda.memoryMiB;
const MEMORY_SIZES = [128, 256, 512, 768, 1024, 1536, 1769, 2048, 3008];

/**
 * The traffic the memory size is chosen for, as shares of requests (an assumption, stated in
 * docs/performance.md): each operation's `weight` from its scenarios (mostly reads, as in a typical
 * CRUD API; DEFAULT_WEIGHT for one that states none) and a few refused requests, over their sum.
 */
export type CostMix = Record<RequestKind, number>;

export function costMix(workloads: Record<RequestKind, Pick<Workload, 'weight'>>): CostMix {
  const total = REQUEST_KINDS.reduce((sum, kind) => sum + workloads[kind].weight, 0);
  return Object.fromEntries(REQUEST_KINDS.map((kind) => [kind, workloads[kind].weight / total])) as CostMix;
}

export interface CostInputs {
  usage: Record<RequestKind, Usage>;
  /** Warm CPU time per request kind with DynamoDB answered in-process, this machine's core taken as one vCPU. */
  cpuMs: Record<RequestKind, number>;
  coldMs: number;
  mix: CostMix;
}

export interface OperationCost {
  apiGateway: number;
  lambdaRequests: number;
  lambdaCompute: number;
  dynamoDb: number;
  total: number;
  billedMs: number;
}

/** CPU time stretches below one vCPU; time waiting on DynamoDB does not. Lambda bills whole ms. */
export function billedMs(cpuMs: number, waitMs: number, memoryMb: number): number {
  return Math.ceil(cpuMs * Math.max(1, ONE_VCPU_MB / memoryMb) + waitMs);
}

const computeUsd = (ms: number, memoryMb: number) => (ms / 1000) * (memoryMb / 1024) * PRICES.lambdaArmPerGbSecond;

export function operationCost(inputs: CostInputs, kind: RequestKind, memoryMb: number): OperationCost {
  const { wru, rru, durationMs } = inputs.usage[kind];
  const cpu = inputs.cpuMs[kind];
  const ms = billedMs(cpu, Math.max(0, durationMs - cpu), memoryMb);
  const parts = {
    apiGateway: PRICES.apiGatewayRestPerMillion,
    lambdaRequests: PRICES.lambdaPerMillionRequests,
    lambdaCompute: computeUsd(ms, memoryMb) * 1e6,
    dynamoDb: wru * PRICES.dynamoDbPerMillionWru + rru * PRICES.dynamoDbPerMillionRru,
  };
  const total = parts.apiGateway + parts.lambdaRequests + parts.lambdaCompute + parts.dynamoDb;
  return { ...parts, total, billedMs: ms };
}

/** Lambda's part of a million requests of the mix, with COLD_START_SHARE of them cold (init is billed). */
export function lambdaMixUsd(inputs: CostInputs, memoryMb: number): number {
  const warmUsd = REQUEST_KINDS.reduce(
    (sum, kind) => sum + inputs.mix[kind] * operationCost(inputs, kind, memoryMb).lambdaCompute,
    0,
  );
  const coldUsd = computeUsd(billedMs(inputs.coldMs, 0, memoryMb), memoryMb) * 1e6;
  return (1 - COLD_START_SHARE) * warmUsd + COLD_START_SHARE * coldUsd + PRICES.lambdaPerMillionRequests;
}

/** A million requests of the mix at the configured memory, every service included. */
export function mixTotalUsd(perOperation: Record<RequestKind, OperationCost>, mix: CostMix): number {
  return REQUEST_KINDS.reduce((sum, kind) => sum + mix[kind] * perOperation[kind].total, 0);
}

export function costs(inputs: CostInputs) {
  const perOperation = Object.fromEntries(
    REQUEST_KINDS.map((kind) => [kind, operationCost(inputs, kind, CONFIGURED_MB)]),
  ) as Record<RequestKind, OperationCost>;
  const byMemory = MEMORY_SIZES.map((memoryMb) => ({
    memoryMb,
    coldMs: billedMs(inputs.coldMs, 0, memoryMb),
    lambdaUsd: lambdaMixUsd(inputs, memoryMb),
  }));
  const cheapest = byMemory.reduce((best, row) => (row.lambdaUsd < best.lambdaUsd ? row : best));
  return { perOperation, byMemory, cheapest, mix: inputs.mix, mixUsd: mixTotalUsd(perOperation, inputs.mix) };
}
