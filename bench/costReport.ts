// The cost tables `npm run bench` prints: dollars per million requests of every operation at the
// configured memory, and Lambda's part of the stated mix by memory size (bench/cost.ts computes them).
import type { costs } from './cost.js';
import { COLD_START_SHARE, CONFIGURED_MB, ONE_VCPU_MB, PRICES } from './cost.js';
import { ms, table } from './report.js';
import type { Usage } from './usage.js';
import { BATCH_SIZE, REQUEST_KINDS, type RequestKind, type Workload } from './workloads.js';

const usd = (v: number) => v.toFixed(2);

export function printCost(
  c: ReturnType<typeof costs>,
  usage: Record<RequestKind, Usage>,
  cpuMs: Record<RequestKind, number>,
  workloads: Record<RequestKind, Workload>,
) {
  console.log(
    `\ncost per million requests, USD, ${PRICES.region} list prices (${PRICES.date}; DynamoDB on demand since ${PRICES.dynamoDbSince}), Lambda arm64 at ${CONFIGURED_MB} MB`,
  );
  console.log(
    table([
      [
        'request',
        'status',
        'DynamoDB calls',
        'WRU',
        'RRU',
        'CPU ms',
        'DynamoDB Local ms',
        'billed ms',
        'API GW',
        'Lambda',
        'DynamoDB',
        'total',
      ],
      ...REQUEST_KINDS.map((kind) => {
        const o = c.perOperation[kind];
        const u = usage[kind];
        return [
          `${kind}: ${workloads[kind].label}`,
          u.status,
          u.calls,
          u.wru === u.reportedWru ? u.wru : `${u.wru} (Local: ${u.reportedWru})`,
          u.rru,
          cpuMs[kind].toFixed(3),
          ms(u.durationMs),
          o.billedMs,
          usd(o.apiGateway),
          usd(o.lambdaRequests + o.lambdaCompute),
          usd(o.dynamoDb),
          usd(o.total),
        ];
      }),
    ]),
  );
  console.log(
    `(WRU/RRU as DynamoDB Local reports them with ReturnConsumedCapacity, GSI writes included (${usage.createUser.indexUnits} of createUser's ${usage.createUser.wru}), except a transaction's table writes: two units per item per KB, as AWS bills them, where Local reports fewer. A batch is ${BATCH_SIZE} items. CPU ms: the warm loop per operation, DynamoDB answered in-process; they stretch by ${ONE_VCPU_MB}/MB below ${ONE_VCPU_MB} MB, the rest of the DynamoDB Local time does not.)`,
  );
  console.log(`a million requests of the mix below, at ${CONFIGURED_MB} MB: $${usd(c.mixUsd)}`);
  const mix = REQUEST_KINDS.map((kind) => `${kind} ${(c.mix[kind] * 100).toFixed(1)}%`).join(', ');
  console.log(
    `\nLambda cost per million requests by memory (the mix: ${mix}; ${COLD_START_SHARE * 100}% cold starts billed with their init)`,
  );
  console.log(
    table([
      ['memory MB', 'cold start ms (modelled)', 'Lambda USD'],
      ...c.byMemory.map((r) => [
        r.memoryMb === c.cheapest.memoryMb ? `${r.memoryMb} (cheapest)` : r.memoryMb,
        r.coldMs,
        r.lambdaUsd.toFixed(3),
      ]),
    ]),
  );
}
