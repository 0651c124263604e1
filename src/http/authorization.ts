// Who may call what. API Gateway (or the local gateway) has already checked the
// token; this decides per operation, so it holds in every deployment.
import { type OperationId, operations } from '../../generated/operations.js';
import { ADMIN_GROUP, type Caller } from './caller.js';
import { Forbidden, Unauthorized } from './problems.js';

/** Operations whose spec requires a bearer token. */
export type SecuredOperationId = {
  [K in OperationId]: (typeof operations)[K]['secured'] extends true ? K : never;
}[OperationId];

type Policy = { allows: (caller: Caller, path: Record<string, string>) => boolean; rule: string };

const admins: Policy = { allows: (c) => c.groups.includes(ADMIN_GROUP), rule: `This needs the ${ADMIN_GROUP} group.` };
const adminsOrSelf: Policy = {
  allows: (c, path) => admins.allows(c, path) || path.userId === c.sub,
  rule: `This needs the ${ADMIN_GROUP} group, or to be the user concerned.`,
};

/** Any authenticated caller: items are scoped to their owner by the handlers. */
const anyCaller: Policy = { allows: () => true, rule: '' };

const policies: Record<SecuredOperationId, Policy> = {
  createItem: anyCaller,
  createItems: anyCaller,
  listItems: anyCaller,
  getItem: anyCaller,
  updateItem: anyCaller,
  deleteItem: anyCaller,
  restoreItem: anyCaller,
  createUser: admins,
  listUsers: admins,
  getUser: adminsOrSelf,
  updateUser: adminsOrSelf,
  deleteUser: admins,
};

/** Throws 401 without a caller on a secured operation, 403 when the policy refuses. */
export function authorize(id: OperationId, caller: Caller | undefined, path: Record<string, string>): void {
  if (!operations[id].secured) return;
  if (!caller) throw new Unauthorized('Send a bearer token in the Authorization header.');
  const policy = policies[id as SecuredOperationId];
  if (!policy.allows(caller, path)) throw new Forbidden(policy.rule);
}
