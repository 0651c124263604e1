// Who may call what. API Gateway (or the local gateway) has already checked the
// token; this decides per operation, so it holds in every deployment. The policy is each
// operation's x-authorization in openapi.yaml, compiled by `npm run generate`.
import { type OperationId, operations } from '../../generated/operations.js';
import type { Caller } from './caller.js';
import { Forbidden, Unauthorized } from './problems.js';

/** Operations whose spec requires a bearer token. */
export type SecuredOperationId = {
  [K in OperationId]: (typeof operations)[K]['secured'] extends true ? K : never;
}[OperationId];

type Rule = { rule: 'any-caller' } | { rule: 'group'; group: string } | { rule: 'self'; parameter: string };

function allows(rule: Rule, caller: Caller, path: Record<string, string>): boolean {
  if (rule.rule === 'any-caller') return true;
  if (rule.rule === 'group') return caller.groups.includes(rule.group);
  return path[rule.parameter] === caller.sub;
}

/** Throws 401 without a caller on a secured operation, 403 when the policy refuses. */
export function authorize(id: OperationId, caller: Caller | undefined, path: Record<string, string>): void {
  const policy = operations[id].authorization as { allow: readonly Rule[]; refusal: string | null } | null;
  if (!operations[id].secured) return;
  if (!caller) throw new Unauthorized('Send a bearer token in the Authorization header.');
  // generate refuses a secured operation without a policy; without one, nobody is let in.
  if (!policy?.allow.some((rule) => allows(rule, caller, path))) throw new Forbidden(policy?.refusal ?? '');
}
