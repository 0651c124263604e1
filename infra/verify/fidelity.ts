// The fidelity table (test/integration/fidelity/cases.ts) replayed against the stage and
// against a local gateway started from the same document: every difference in status,
// headers or body, side by side. Any difference fails the step: the local gateway promises
// the stage's answers. On a stage with API keys both sides require one and get the run's.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { loadLocalIssuer } from '../../src/local/issuer.js';
import {
  type FidelityCase,
  type FidelityTarget,
  fidelityCases,
  withToken,
} from '../../test/integration/fidelity/cases.js';
import { describeFirewallBlock, firewallBlockOf } from '../firewall.js';
import { VERIFY_TIER } from '../usagePlans.js';
import { type Answer, differences, sideBySide } from './compare.js';
import { startLocalGateway } from './localGateway.js';
import type { Progress } from './progress.js';
import { allowedOriginOf, REFUSED_ORIGIN } from './smoke.js';
import { httpClient, type Send } from './stageHttp.js';

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

export interface FidelityRun {
  /** Requests to the stage (recording what they create). */
  send: Send;
  adminToken: string;
  email(label: string): string;
  allowedOrigins: readonly string[];
  /** The run's API key when the stage requires keys (`send` already sends it to the stage). */
  apiKey?: string | undefined;
  progress: Progress;
  signal?: AbortSignal | undefined;
}

export interface FidelityResult {
  replayed: number;
  differing: number;
  notReplayed: number;
}

/** Cases the stage cannot be given: Cognito issues no expired tokens (they live an hour). */
const notOnStage = (c: FidelityCase) => c.token === 'expired';

function targetOf(send: Send, tokens: FidelityTarget['tokens'], run: FidelityRun): FidelityTarget {
  return {
    send,
    tokens,
    email: run.email,
    allowedOrigin: allowedOriginOf(run.allowedOrigins),
    refusedOrigin: REFUSED_ORIGIN,
  };
}

async function answerOf(target: FidelityTarget, c: FidelityCase): Promise<Answer> {
  const { req } = await c.make(target);
  return target.send(withToken(target, req, c.token));
}

export async function replayFidelity(run: FidelityRun): Promise<FidelityResult> {
  const { progress } = run;
  const gateway = await startLocalGateway(run.allowedOrigins, { apiKey: run.apiKey });
  try {
    const keys = run.apiKey === undefined ? '' : `, API keys on (the run's key, ${VERIFY_TIER} tier)`;
    progress.note(`local gateway ${gateway.baseUrl}, allowing ${run.allowedOrigins.join(', ')}${keys}`);
    const issuer = await loadLocalIssuer(gateway.dataDir);
    const localAdmin = await issuer.sign({ sub: randomUUID(), admin: true });
    const elsewhere = await loadLocalIssuer(join(gateway.dataDir, 'elsewhere'));
    const local = targetOf(
      httpClient(gateway.baseUrl, { signal: run.signal, apiKey: run.apiKey }),
      {
        valid: localAdmin,
        forged: await elsewhere.sign({ sub: randomUUID(), admin: true }),
      },
      run,
    );
    // A token of the local issuer is signed by a key the stage's user pool never saw.
    const stage = targetOf(run.send, { valid: run.adminToken, forged: localAdmin }, run);

    const result: FidelityResult = { replayed: 0, differing: 0, notReplayed: 0 };
    for (const c of fidelityCases) {
      if (notOnStage(c)) {
        result.notReplayed++;
        progress.note(`– ${c.behaviour}: not replayed (the stage's pool issues no expired tokens)`);
        continue;
      }
      result.replayed++;
      try {
        const there = await answerOf(stage, c);
        // The local gateway has no WAF: a block is reported as one, not as a difference.
        const block = firewallBlockOf({ ...there, body: parsed(there.text) });
        if (block) {
          result.differing++;
          progress.fail(`${c.behaviour}: ${describeFirewallBlock(block)}`);
          continue;
        }
        const diffs = differences(there, await answerOf(local, c));
        if (diffs.length === 0) {
          progress.pass(c.behaviour);
          continue;
        }
        result.differing++;
        progress.fail(`${c.behaviour}: ${diffs.length} difference${diffs.length === 1 ? '' : 's'}`);
        for (const line of sideBySide(diffs)) progress.note(`    ${line}`);
      } catch (err) {
        if (run.signal?.aborted) throw err;
        result.differing++;
        progress.fail(`${c.behaviour}: not compared (${(err as Error).message})`);
      }
    }
    return result;
  } finally {
    await gateway.stop();
  }
}
