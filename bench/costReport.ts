// The cost tables `npm run bench` prints: dollars per million requests of each kind at the
// configured memory, and Lambda's part by memory size (bench/cost.ts computes them).
import type { costs } from './cost.js';
import { COLD_START_SHARE, CONFIGURED_MB, ONE_VCPU_MB, PRICES } from './cost.js';
import { ms, table } from './report.js';
import { REQUEST_KINDS, type RequestKind, type Usage } from './usage.js';

const usd = (v: number) => v.toFixed(2);

const KIND_LABELS: Record<RequestKind, string> = {
  createUser: 'POST /users (createUser)',
  getUser: 'GET /users/{userId} (getUser)',
  invalid: 'POST /users, invalid (400)',
};

export function printCost(
  c: ReturnType<typeof costs>,
  usage: Record<RequestKind, Usage>,
  cpuMs: Record<RequestKind, number>,
) {
  console.log(
    `\ncost per million requests, USD, ${PRICES.region} list prices (${PRICES.date}; DynamoDB on demand since ${PRICES.dynamoDbSince}), Lambda arm64 at ${CONFIGURED_MB} MB`,
  );
  console.log(
    table([
      [
        'request',
        'status',
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
          KIND_LABELS[kind],
          u.status,
          u.wru,
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
    `(WRU/RRU as DynamoDB Local reports them with ReturnConsumedCapacity, transactions counted twice, GSI included: ${usage.createUser.indexUnits} of createUser's ${usage.createUser.wru}. CPU ms stretch by ${ONE_VCPU_MB}/MB below ${ONE_VCPU_MB} MB; the rest of the DynamoDB Local time does not.)`,
  );
  console.log(
    `\nLambda cost per million requests by memory (half createUser, half getUser, ${COLD_START_SHARE * 100}% cold starts billed with their init)`,
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
