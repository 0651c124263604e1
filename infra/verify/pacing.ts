// Keeps `npm run verify` under the stage's WAF rate rule (infra/firewall.ts): every request to
// the stage, the contract suite's child process included, waits its turn, so that no window of
// the rule's length holds more than PACING_SHARE of its limit from verify's one address.
import { setTimeout as sleep } from 'node:timers/promises';
import type { RateRule } from '../firewall.js';

/** verify sends at most this share of the rate rule's limit in any window (the rest is margin). */
export const PACING_SHARE = 0.8;

/** The environment variable that tells the contract suite's child its interval (test/contract/pacing.ts). */
export const PACE_ENV = 'API_PACE_INTERVAL_MS';
/** The file the child appends its request count to, one line per test file. */
export const PACE_COUNT_ENV = 'API_PACE_COUNT_FILE';

export interface Pacing {
  readonly rule: RateRule;
  /** Requests verify allows itself in any window of the rule's length. */
  readonly budget: number;
  /** The least time between two requests' starts: the window over the budget. */
  readonly intervalMs: number;
}

export function pacingFor(rule: RateRule): Pacing {
  const budget = Math.floor(rule.limit * PACING_SHARE);
  return { rule, budget, intervalMs: (rule.windowSeconds * 1000) / budget };
}

/**
 * Spaces request starts at least `intervalMs` apart, so any window of length W holds at most
 * W / intervalMs of them. Turns are taken one at a time, in order, also when asked concurrently.
 */
export class Pacer {
  /** Requests that took a turn. */
  count = 0;
  private next: number;
  private queue: Promise<void> = Promise.resolve();

  /** `firstAt`: how long the first request waits (a child starts one interval late: the parent may have just sent). */
  constructor(
    readonly intervalMs: number,
    firstAt = 0,
  ) {
    this.next = performance.now() + firstAt;
  }

  /** Resolves when the next request may start. */
  turn(signal?: AbortSignal): Promise<void> {
    const mine = this.queue.then(async () => {
      const wait = this.next - performance.now();
      if (wait > 0) await sleep(wait, undefined, signal ? { signal } : {});
      this.next = Math.max(this.next, performance.now()) + this.intervalMs;
      this.count++;
    });
    this.queue = mine.catch(() => {});
    return mine;
  }

  /** Someone else (the contract suite's child) sent until now: the next request waits one interval from here. */
  handOver(): void {
    this.next = Math.max(this.next, performance.now() + this.intervalMs);
  }
}

/** "7 min 5 s", "48 s". */
export function formatDuration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/**
 * What a full run sends the stage, by phase (measured against a local gateway by
 * test/integration/verifyFirewall.test.ts, which fails when a phase drifts more than 15% away).
 */
export const EXPECTED_REQUESTS = { smoke: 18, contract: 1590, fidelity: 41, cleanup: 30 } as const;
export type Phase = keyof typeof EXPECTED_REQUESTS;

/** The line verify prints before it starts: the pace, and the least time the run takes at it. */
export function pacingPlan(pacing: Pacing | undefined, skipped: ReadonlySet<string>): string {
  if (!pacing) return "no pacing: the stage's WAF only counts (-c wafMode=count)";
  const { rule, budget, intervalMs } = pacing;
  const requests = Object.entries(EXPECTED_REQUESTS)
    .filter(([phase]) => !skipped.has(phase))
    .reduce((sum, [, n]) => sum + n, 0);
  return (
    `pacing: one request every ${Math.round(intervalMs)} ms, at most ${budget} in any ${rule.windowSeconds} s ` +
    `(${PACING_SHARE * 100}% of the WAF rate rule's ${rule.limit} per address); about ${requests} requests, ` +
    `so this run takes at least ${formatDuration(requests * intervalMs)}`
  );
}
