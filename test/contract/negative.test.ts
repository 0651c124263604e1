// Invalid requests generated from the request schemas with fast-check (missing
// required fields, wrong types, out-of-range numbers and lengths, bad formats,
// extra properties): each must get a 400 problem naming the field, never a 5xx. On a
// deployed stage, a managed WAF rule may refuse a hostile one first (a 403 of the firewall's
// problem type): that passes, as what a production stage should do, and is counted by rule;
// the rate rule's 429 fails (verify's pacing should prevent it).
import fc from 'fast-check';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { describeFirewallBlock, firewallBlockOf } from '../../infra/firewall.js';
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
/** Invalid requests a managed WAF rule refused before the function saw them, by rule. */
const blockedByRule = new Map<string, number>();

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
          const block = firewallBlockOf(exchange);
          if (block && !block.rateLimited) {
            blockedByRule.set(block.rule, (blockedByRule.get(block.rule) ?? 0) + 1);
            return;
          }
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
  for (const [rule, n] of blockedByRule) {
    console.log(`${n} invalid requests ${describeFirewallBlock({ rule, status: 403, rateLimited: false })}: passed`);
  }
});
