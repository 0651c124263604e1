// The documented 401 and 403 of every operation that needs credentials, derived
// from the spec's security requirements: no token, a token the service did not
// issue, and (when the target has one) a valid token without the admins group.
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
    const userToken = target.userToken;
    if (documents(403) && userToken && target.stateful) {
      cases.push({
        operationId: op.operationId,
        status: 403,
        name: `refuses ${op.operationId} on another user to a caller outside the admins group with 403`,
        run: async (ctx) => {
          expectConforming(op.operationId, 403, await send(ctx.target, request, { token: userToken }));
        },
      });
    }
  }
  return cases;
}
