// The one assertion every contract case ends in: the response has the expected
// status and honours the spec for it; then it counts towards the coverage table. An answer
// of a stage's WAF (infra/firewall.ts) fails, naming the rule that blocked.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { describeFirewallBlock, firewallBlockOf } from '../../../infra/firewall.js';
import type { UsersClient } from '../../../src/client/index.js';
import { contractViolations, type Exchange } from './conformance.js';
import { recordHit } from './coverage.js';
import type { Target } from './target.js';

export function expectConforming(operationId: string, status: number, exchange: Exchange): Exchange {
  // A deployed stage's WAF answered, not the function: name the rule rather than a bare status.
  const block = firewallBlockOf(exchange);
  if (block) expect.fail(`${operationId}: ${describeFirewallBlock(block)}`);
  const body = JSON.stringify(exchange.body) ?? '(no body)';
  expect(exchange.status, `${operationId} answered ${exchange.status}: ${body.slice(0, 500)}`).toBe(status);
  expect(contractViolations(operationId, exchange), `${operationId} ${status} breaks the spec`).toEqual([]);
  recordHit(operationId, status);
  return exchange;
}

/** What a case runs with. */
export interface CaseContext {
  target: Target;
  client: UsersClient;
  /** What this run made, deleted at the end on a stateful target. */
  created: { users: string[]; items: string[] };
}

/**
 * A fresh address in mixed case, so each case owns its data and the lower-casing shows.
 * `npm run verify` sets API_EMAIL_PREFIX to its run's tag, so it can find leftovers.
 */
export function uniqueEmail(label: string): string {
  return `${process.env.API_EMAIL_PREFIX ?? 'Contract'}.${label}.${randomUUID().slice(0, 8)}@Example.com`;
}

export interface ContractCase {
  operationId: string;
  status: number;
  /** Reads as behaviour: "creates a user: 201 with Location and ETag". */
  name: string;
  run(ctx: CaseContext): Promise<void>;
}
