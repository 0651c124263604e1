// The stage the verify tests run against: a local gateway with its own table (with API keys on,
// when the stage was deployed with `-c apiKeys=on`), a view of that table, and a Ctrl-C on cue.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { type RunningGateway, startGateway } from '../../support/gateway.js';
import { documentClient, TABLE_NAME } from '../../support/http.js';

/** Lifted like the stage throttle: locally the contract suite outruns any real tier (over the internet it does not). */
const roomy = { throttle: { rateLimit: 100_000, burstLimit: 100_000 }, quota: { limit: 1_000_000, period: 'DAY' } };

export interface Stage {
  readonly gateway: RunningGateway;
  /**
   * `pk sk` of users, items (live or trashed) and email claims, sorted: all but idempotency
   * records and the tombstones a delete leaves for its event (src/store/), which expire in 24 h.
   */
  readonly records: () => Promise<string[]>;
  readonly stop: () => Promise<void>;
}

/** A stage allowing `origin`; with `keys`, API keys are on and these are its keys (all on a roomy tier). */
export async function startStage(origin: string, keys?: Record<string, string>): Promise<Stage> {
  const keysDir = keys ? mkdtempSync(join(tmpdir(), 'users-api-verify-keys-')) : undefined;
  const keyEnv: Record<string, string> = {};
  if (keys && keysDir) {
    const file = join(keysDir, 'api-keys.json');
    const list = Object.entries(keys).map(([name, value]) => ({ name, tier: 'roomy', value }));
    writeFileSync(file, JSON.stringify({ keys: list, tiers: { roomy } }), { mode: 0o600 });
    Object.assign(keyEnv, { API_KEYS: 'on', API_KEYS_FILE: file });
  }
  const gateway = await startGateway({
    THROTTLE_RATE: '100000',
    THROTTLE_BURST: '100000',
    ALLOWED_ORIGINS: origin,
    ...keyEnv,
  });
  const endpoint = /DynamoDB Local on (http:\/\/127\.0\.0\.1:\d+)/.exec(gateway.output())?.[1] as string;
  const db = documentClient(endpoint);
  return {
    gateway,
    records: async () =>
      ((await db.send(new ScanCommand({ TableName: TABLE_NAME, ConsistentRead: true }))).Items ?? [])
        .filter((r) => !/^(IDEMPOTENCY#|PURGED#|DELETED$)/.test(String(r.sk)))
        .map((r) => `${r.pk} ${r.sk}`)
        .sort(),
    stop: async () => {
      await gateway.stop();
      if (keysDir) rmSync(keysDir, { recursive: true, force: true });
    },
  };
}

/**
 * What verify is told of the local stage's WAF: there is none, so no pacing (at dev's rule it
 * would wait 250 ms between requests). test/integration/verifyFirewall.test.ts tests the pacing.
 */
export const NO_WAF = null;

/** A fetch that interrupts the run (as Ctrl-C does) when it sends its first PUT, and the signal it aborts. */
export function interruptOnFirstPut(): { fetch: typeof fetch; signal: AbortSignal } {
  const interrupted = new AbortController();
  return {
    fetch: (input, init) => {
      if (init?.method === 'PUT') interrupted.abort(new Error('interrupted by SIGINT'));
      return fetch(input, init);
    },
    signal: interrupted.signal,
  };
}
