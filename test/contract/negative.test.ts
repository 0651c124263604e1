// Invalid requests generated from the request schemas with fast-check (missing
// required fields, wrong types, out-of-range numbers and lengths, bad formats,
// extra properties): each must get a 400 problem naming the field, never a 5xx.
import fc from 'fast-check';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { expectConforming } from './support/check.js';
import { saveHits } from './support/coverage.js';
import { UNFIT } from './support/invalidValues.js';
import { negativeCases } from './support/negativeCases.js';
import { responseOf } from './support/spec.js';
import { send, toTarget } from './support/target.js';

const target = toTarget(inject('contractTarget'));
// Generated requests per kind of fault; the mock gets fewer (it answers one fixed example).
const runs = target.servesExamples ? 4 : 12;
const cases = negativeCases({ runs, emptyQueryValues: target.emptyQueryValues });
let generated = 0;

// Prism answers an invalid request with the operation's 422 example when it documents
// one (createItem's is "Idempotency-Key reused"), else its 400; the service always 400.
const rejectedWith = (operationId: string) => (target.servesExamples && responseOf(operationId, 422) ? 422 : 400);

function fieldPaths(body: unknown): string[] {
  const errors = (body as { errors?: { path?: unknown }[] } | undefined)?.errors ?? [];
  return errors.map((e) => String(e.path));
}

describe(`invalid requests on the ${target.kind}`, () => {
  for (const c of cases) {
    it(`${c.operationId} rejects ${c.where} ${c.kind} with a ${rejectedWith(c.operationId)} problem`, async () => {
      await fc.assert(
        fc.asyncProperty(c.requests, async (candidate) => {
          fc.pre(candidate !== UNFIT); // a candidate that came out valid: fast-check draws another
          const request = candidate as Exclude<typeof candidate, typeof UNFIT>;
          // Act
          generated++;
          const exchange = await send(target, request);
          // Assess
          expect(exchange.status, `${request.method} ${request.path} got a server error`).toBeLessThan(500);
          expectConforming(c.operationId, rejectedWith(c.operationId), exchange);
          // The mock answers the spec's fixed example; the service names the field at fault.
          const paths = fieldPaths(exchange.body);
          if (!target.servesExamples && (paths.length > 0 || target.alwaysListsFieldErrors)) {
            expect(
              paths.some((p) => p === c.where || p.startsWith(`${c.where}/`)),
              `errors: ${paths}`,
            ).toBe(true);
          }
        }),
        { numRuns: c.runs, maxSkipsPerRun: 1000 },
      );
    });
  }
});

afterAll(() => {
  saveHits(target.kind, import.meta.filename);
  console.log(`${cases.length} kinds of invalid request, ${generated} generated requests on the ${target.kind}`);
});
