// The contract cases every operation gets from the spec and its scenarios
// (src/handlers/<operationId>.scenarios.ts), with no list of operations: its documented success,
// the errors its scenarios provoke, and what its shape alone provokes (a body that is malformed,
// too large or not JSON; an id that names nothing).
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { type OperationId, operations } from '../../../generated/operations.js';
import { loadScenarios, operationIds } from '../../../src/scenarios/load.js';
import { requestFor } from '../../../src/scenarios/requests.js';
import type { Api, ErrorScenario, Parts, Scenarios } from '../../../src/scenarios/scenario.js';
import { type CaseContext, type ContractCase, expectConforming, uniqueEmail } from './check.js';
import { operation } from './spec.js';
import { send, type Target } from './target.js';

/** The scenarios' view of the target, as its caller (or `token`'s); what it creates is deleted after the run. */
export function apiOf(ctx: CaseContext, token?: string): Api {
  return {
    async send(request) {
      const exchange = await send(ctx.target, request, token ? { token } : {});
      const made = (exchange.status === 201 ? exchange.body : undefined) as
        | { userId?: string; itemId?: string; items?: { itemId: string }[] }
        | undefined;
      if (made?.userId) ctx.created.users.push(made.userId);
      if (made?.itemId) ctx.created.items.push(made.itemId);
      for (const item of made?.items ?? []) ctx.created.items.push(item.itemId);
      return { status: exchange.status, headers: Object.fromEntries(exchange.headers), body: exchange.body };
    },
    email: uniqueEmail,
  };
}

/** The parts of an operation's successful call, its data made first (the spec's examples alone without a scenario). */
export async function successParts(ctx: CaseContext, scenarios: Scenarios): Promise<Parts> {
  return scenarios.success ? (await scenarios.success(apiOf(ctx), 1))(0) : {};
}

const documents = (id: OperationId, status: number) => operation(id).responses.some((r) => r.status === status);

function successCase(id: OperationId, scenarios: Scenarios): ContractCase {
  const status = operations[id].successStatuses[0] as number;
  return {
    operationId: id,
    status,
    name: `answers ${status} to a valid call${scenarios.success ? ' on the data its scenario makes' : ''}`,
    async run(ctx) {
      const request = requestFor(id, await successParts(ctx, scenarios));
      expectConforming(id, status, await send(ctx.target, request));
    },
  };
}

function errorCase(id: OperationId, scenario: ErrorScenario): ContractCase {
  return {
    operationId: id,
    status: scenario.status,
    name: scenario.name,
    async run(ctx) {
      const { expectHeaders, ...parts } = await scenario.make(apiOf(ctx));
      const credentials = scenario.as === 'user' ? { token: ctx.target.userToken as string } : {};
      const exchange = await send(ctx.target, requestFor(id, parts), credentials);
      expectConforming(id, scenario.status, exchange);
      for (const [name, value] of Object.entries(expectHeaders ?? {})) expect(exchange.headers.get(name)).toBe(value);
    },
  };
}

// Over the 100 KB body limit (docs/using-the-api.md), yet well-formed JSON.
const oversized = JSON.stringify({ name: 'Big', padding: 'x'.repeat(110 * 1024) });
const SHAPE_ERRORS = [
  { status: 400, name: 'rejects malformed JSON with a 400 problem', type: 'application/json', raw: '{"name": "A",' },
  { status: 413, name: 'refuses a body over 100 KB with 413', type: 'application/json', raw: oversized },
  { status: 415, name: 'refuses a body not sent as JSON with 415', type: 'text/plain', raw: 'name=Ada' },
];

/** What the operation's shape provokes: bad bodies where it takes one, 404 for ids that name nothing. */
function shapeCases(id: OperationId, scenarios: Scenarios): ContractCase[] {
  const cases: ContractCase[] = [];
  const attempt = (status: number, name: string, change: (parts: Parts) => Parts): ContractCase => ({
    operationId: id,
    status,
    name,
    async run(ctx) {
      const parts = change(await successParts(ctx, scenarios));
      expectConforming(id, status, await send(ctx.target, requestFor(id, parts)));
    },
  });
  if (operations[id].body) {
    for (const { status, name, type, raw } of SHAPE_ERRORS.filter((e) => documents(id, e.status))) {
      cases.push(attempt(status, name, (p) => ({ ...p, raw, headers: { ...p.headers, 'content-type': type } })));
    }
  }
  const ids = operation(id).parameters.filter((p) => p.in === 'path' && p.schema.format === 'uuid');
  if (ids.length > 0 && documents(id, 404)) {
    const names = ids.map((p) => p.name).join(' and ');
    cases.push(
      attempt(404, `answers 404 when ${names} names nothing`, (p) => ({
        ...p,
        path: { ...p.path, ...Object.fromEntries(ids.map((q) => [q.name, randomUUID()])) },
      })),
    );
  }
  return cases;
}

const scenariosById = await loadScenarios();

/** Every operation's cases on `target`: successes everywhere; errors where there is a real service. */
export function scenarioCases(target: Target): ContractCase[] {
  return operationIds.flatMap((id) => {
    const scenarios = scenariosById[id];
    if (!target.stateful) return [successCase(id, scenarios)];
    const errors = (scenarios.errors ?? []).filter((e) => e.as !== 'user' || target.userToken);
    return [successCase(id, scenarios), ...errors.map((e) => errorCase(id, e)), ...shapeCases(id, scenarios)];
  });
}

export { scenariosById };
