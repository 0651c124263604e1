// 429 and 503 on a local target: a second gateway whose stage throttle lets one request
// per method through, and a third whose DynamoDB is unreachable. Every operation that
// documents the status is provoked and its answer checked against the spec. A deployed
// stage cannot be put in either state cheaply, so there they stay excused (reasons.ts).
import type { ContractCase } from './check.js';
import { expectConforming } from './check.js';
import { toRawRequest, validParts } from './requests.js';
import { operations } from './spec.js';
import { send, type Target } from './target.js';

export function stageFaultCases(target: Target): ContractCase[] {
  const cases: ContractCase[] = [];
  const throttled = target.throttled;
  const degraded = target.degraded;
  for (const op of operations) {
    const documents = (status: number) => op.responses.some((r) => r.status === status);
    // Optional headers with examples too (If-Match), so the request gets as far as DynamoDB.
    const parts = validParts(op);
    for (const p of op.parameters.filter((q) => q.in === 'header' && q.example !== undefined)) {
      parts.headers[p.name] ??= String(p.example);
    }
    const request = toRawRequest(op, parts);
    if (throttled && documents(429)) {
      cases.push({
        operationId: op.operationId,
        status: 429,
        name: `answers ${op.operationId} past the method's stage throttle with 429`,
        run: async () => {
          const stage = { ...target, baseUrl: throttled.baseUrl, token: throttled.token };
          await send(stage, request); // the method's one token (any status)
          expectConforming(op.operationId, 429, await send(stage, request));
        },
      });
    }
    // Operations that read or write DynamoDB answer 503 when it is unreachable.
    if (degraded && documents(503)) {
      cases.push({
        operationId: op.operationId,
        status: 503,
        name: `answers ${op.operationId} with 503 while DynamoDB is unreachable`,
        run: async () => {
          const stage = { ...target, baseUrl: degraded.baseUrl, token: degraded.token };
          expectConforming(op.operationId, 503, await send(stage, request));
        },
      });
    }
  }
  return cases;
}
