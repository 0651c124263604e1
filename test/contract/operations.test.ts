// The contract, operation by operation, on this project's target (local gateway,
// Prism mock or a deployed URL): every documented success and every client error
// a client can cause, each response checked against the spec.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { casesFor } from './support/cases.js';
import type { CaseContext } from './support/check.js';
import { saveHits } from './support/coverage.js';
import { negativeCases } from './support/negativeCases.js';
import { knownReason } from './support/reasons.js';
import { operations } from './support/spec.js';
import { clientFor, toTarget } from './support/target.js';

const target = toTarget(inject('contractTarget'));
const ctx: CaseContext = { target, client: clientFor(target), created: { users: [], items: [] } };
const cases = casesFor(target);

describe(`the contract on the ${target.kind}`, () => {
  for (const op of operations) {
    describe(op.operationId, () => {
      for (const c of cases.filter((k) => k.operationId === op.operationId)) {
        it(c.name, () => c.run(ctx));
      }
    });
  }

  it('provokes every documented status, or says why it cannot', () => {
    // Prepare
    const invalid = new Set(
      negativeCases({ runs: 1, emptyQueryValues: target.emptyQueryValues }).map((c) => `${c.operationId} 400`),
    );
    const provoked = new Set([...cases.map((c) => `${c.operationId} ${c.status}`), ...invalid]);
    // Act
    const unaccounted = operations.flatMap((op) =>
      op.responses
        .map((r) => `${op.operationId} ${r.status}`)
        .filter((key) => !provoked.has(key) && !knownReason(target, op.operationId, Number(key.split(' ')[1]))),
    );
    // Assess
    expect(unaccounted).toEqual([]);
  });
});

afterAll(async () => {
  saveHits(target.kind, import.meta.filename);
  // Leave a deployed API as it was found: delete what this run made (already gone is fine).
  if (!target.stateful) return;
  for (const userId of ctx.created.users) {
    await ctx.client.DELETE('/users/{userId}', { params: { path: { userId } } }).catch(() => undefined);
  }
  for (const itemId of ctx.created.items) {
    const params = { path: { itemId }, query: { permanent: true } };
    await ctx.client.DELETE('/items/{itemId}', { params }).catch(() => undefined);
  }
});
