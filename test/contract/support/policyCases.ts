// 403 cases made from each operation's compiled policy (x-authorization in openapi.yaml, compiled
// into generated/operations.ts): with a token outside the admins group, a call the policy refuses
// gets 403, and a call it admits (the user's own id, or any caller) does not.
import { decodeJwt } from 'jose';
import { expect } from 'vitest';
import { type OperationId, operations } from '../../../generated/operations.js';
import { operationIds } from '../../../src/scenarios/load.js';
import { requestFor } from '../../../src/scenarios/requests.js';
import { type ContractCase, expectConforming } from './check.js';
import { contractViolations } from './conformance.js';
import { scenariosById, successParts } from './scenarioCases.js';
import { send, type Target } from './target.js';

type Rule = { rule: 'any-caller' } | { rule: 'group'; group: string } | { rule: 'self'; parameter: string };
interface Caller {
  sub: string;
  groups: string[];
}

const policyOf = (id: OperationId) => operations[id].authorization as { allow: readonly Rule[] } | null;

/** The caller a token names, as the authorizer passes it on (Cognito's sub and groups). */
function callerOf(token: string): Caller {
  const claims = decodeJwt(token);
  const groups = claims['cognito:groups'];
  return { sub: String(claims.sub), groups: Array.isArray(groups) ? groups.map(String) : [] };
}

/** The parts of a call as `caller`: the success request, with each self parameter set to `self` (or left as made). */
function casesFor(id: OperationId, caller: Caller, token: string): ContractCase[] {
  const rules = policyOf(id)?.allow ?? [];
  const selfParams = rules.flatMap((r) => (r.rule === 'self' ? [r.parameter] : []));
  const admitsAnyway = rules.some(
    (r) => r.rule === 'any-caller' || (r.rule === 'group' && caller.groups.includes(r.group)),
  );
  const cases: ContractCase[] = [];
  const call = async (ctx: Parameters<ContractCase['run']>[0], own: boolean) => {
    const parts = await successParts(ctx, scenariosById[id]);
    const path = own ? Object.fromEntries(selfParams.map((p) => [p, caller.sub])) : {};
    return send(ctx.target, requestFor(id, { ...parts, path: { ...parts.path, ...path } }), { token });
  };
  if (!admitsAnyway) {
    cases.push({
      operationId: id,
      status: 403,
      name: `refuses ${id} with 403 to a caller its policy does not admit`,
      run: async (ctx) => {
        expectConforming(id, 403, await call(ctx, false));
      },
    });
  }
  if (admitsAnyway || selfParams.length > 0) {
    cases.push({
      operationId: id,
      // It asserts only "not 403" (the answer may be a 404 for a user that does not exist):
      // no documented status is counted as provoked by it.
      status: 0,
      name: `lets a caller its policy admits${admitsAnyway ? '' : ` (the user named by ${selfParams.join(', ')})`} past the 403`,
      run: async (ctx) => {
        const exchange = await call(ctx, !admitsAnyway);
        expect(exchange.status, `${id} refused a caller its policy admits`).not.toBe(403);
        expect(contractViolations(id, exchange)).toEqual([]);
      },
    });
  }
  return cases;
}

/** On a service with a token outside the admins group (API_USER_TOKEN on a deployed one). */
export function policyCases(target: Target): ContractCase[] {
  const token = target.userToken;
  if (!token || !target.stateful) return [];
  const caller = callerOf(token);
  return operationIds.filter((id) => operations[id].secured).flatMap((id) => casesFor(id, caller, token));
}
