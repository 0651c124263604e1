// The documented 401 of every operation that needs credentials, derived from the
// spec's security requirements: no token, and a token the service did not issue.
// (The 403s come from each operation's policy: policyCases.ts.)
import { type ContractCase, expectConforming } from './check.js';
import { toRawRequest, validParts } from './requests.js';
import { operations } from './spec.js';
import { send, type Target } from './target.js';

export function authCases(target: Target): ContractCase[] {
  const cases: ContractCase[] = [];
  for (const op of operations.filter((o) => o.secured)) {
    const request = toRawRequest(op, validParts(op));
    const documents = (status: number) => op.responses.some((r) => r.status === status);
    if (documents(401)) {
      cases.push({
        operationId: op.operationId,
        status: 401,
        name: `refuses ${op.operationId} without a bearer token with 401`,
        run: async (ctx) => {
          expectConforming(op.operationId, 401, await send(ctx.target, request, { anonymous: true }));
        },
      });
    }
    // The mock checks only that a token is present, as Prism documents.
    if (documents(401) && target.stateful) {
      cases.push({
        operationId: op.operationId,
        status: 401,
        name: `refuses ${op.operationId} with a token it did not issue with 401`,
        run: async (ctx) => {
          expectConforming(op.operationId, 401, await send(ctx.target, request, { token: 'not.a.token' }));
        },
      });
    }
  }
  return cases;
}
