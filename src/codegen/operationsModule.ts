// generated/operations.ts: the operation table the function reads at run time (methods, paths,
// body, success statuses, security and compiled policy), the groups, and a minimal routing document.
import type { AuthorizationPolicy } from './authorization.js';
import type { OperationInfo } from './spec.js';

export function operationsModule(
  banner: (what: string) => string,
  ops: OperationInfo[],
  info: { title: string; version: string },
  policies: Record<string, AuthorizationPolicy | null>,
  groups: readonly string[],
): string {
  const table = Object.fromEntries(
    ops.map((op) => [
      op.operationId,
      {
        method: op.method,
        path: op.path,
        body: op.body ? { required: op.body.required } : null,
        successStatuses: op.successStatuses,
        // Whether a bearer token is required (the operation's security requirements).
        secured: op.secured,
        // Who may call it (its x-authorization, compiled; null when public): src/http/authorization.ts.
        authorization: policies[op.operationId] ?? null,
        // Header parameters by their spec names (the runtime matches them without case).
        headerParams: op.parameters.filter((p) => p.in === 'header').map((p) => p.name),
        // Query parameters the validator fills with their default when absent.
        queryDefaults: op.parameters
          .filter((p) => p.in === 'query' && p.schema.default !== undefined)
          .map((p) => p.name),
      },
    ]),
  );
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) {
    paths[op.path] ??= {};
    (paths[op.path] as Record<string, unknown>)[op.method] = { operationId: op.operationId, responses: {} };
  }
  const routing = { openapi: '3.0.3', info, paths };
  return `${banner('The operation table and a minimal routing document.')}
export const apiVersion = ${JSON.stringify(info.version)};

export const operations = ${JSON.stringify(table, null, 2)} as const;

export type OperationId = keyof typeof operations;

/** The groups the security schemes declare (x-groups): the only ones a policy or a constant may name. */
export const securityGroups = ${JSON.stringify(groups)} as const;

export type SecurityGroup = (typeof securityGroups)[number];

/** Paths and operationIds only: all openapi-backend needs to route (validation is precompiled). */
export const routingDefinition = ${JSON.stringify(routing, null, 2)};
`;
}
