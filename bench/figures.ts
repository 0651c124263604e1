// The JSON line `npm run bench` ends with: every headline figure, ratios against the floors
// and the peers (ours ÷ the best peer's; lower is better), cost, gateway overhead, the dev loop.
import type { Built, PeerName } from './build.js';
import { CONFIGURED_MB, type costs } from './cost.js';
import type { E2eResult } from './e2e.js';
import type { HealthLoad } from './gatewayOverhead.js';
import { type ColdSummary, kb, type PeerRow, round } from './report.js';
import type { WarmResult } from './warmHarness.js';

const KINDS = ['postUs', 'getUs', 'invalidUs'] as const;
/** The warm headline: the slower of the two operations that reach DynamoDB. */
const warmFigure = (w: WarmResult) => Math.max(w.postUs, w.getUs);

export interface Measured {
  cold: { lambda: ColdSummary; floor: ColdSummary; floorCall: ColdSummary };
  built: Built;
  warm: WarmResult;
  warmFloor: WarmResult;
  e2e: E2eResult;
  peers: Record<PeerName, PeerRow>;
  cost: ReturnType<typeof costs>;
  health: HealthLoad;
  startup: Record<'fresh' | 'warm', { firstAnswerMs: number }>;
  npmTest?: { seconds: number };
  /**
   * Which Node measured what: `lambda` is the process.version every measured child of the cold,
   * warm and cost figures reported (the runtime's major); `local` runs the local gateway, e2e and
   * the developer loop; `secondary` is ours again on the machine's Node, when that differs.
   */
  node: { lambda: string; local: string; secondary: { cold: ColdSummary; warm: WarmResult } | undefined };
}

export function figuresOf({
  cold,
  built,
  warm,
  warmFloor,
  e2e,
  peers,
  cost,
  health,
  startup,
  npmTest,
  node,
}: Measured) {
  const { lambda: c, floor: f, floorCall: fc } = cold;
  const names = Object.keys(peers) as PeerName[];
  const best = (pick: (r: PeerRow) => number) => Math.min(...Object.values(peers).map(pick));
  return {
    node_lambda: node.lambda,
    node_local: node.local,
    cold_ms: round(c.wall),
    cold_floor_ms: round(f.wall),
    cold_ratio: round(c.wall / f.wall, 2),
    cold_floor_call_ms: round(fc.wall),
    cold_vs_floor_call: round(c.wall / fc.wall, 2),
    bundle_kb: kb(built.lambda.bytes),
    bundle_floor_kb: kb(built.floor.bytes),
    bundle_ratio: round(built.lambda.bytes / built.floor.bytes, 2),
    warm_us: round(warmFigure(warm), 2),
    warm_floor_us: round(warmFigure(warmFloor), 2),
    warm_invalid_us: round(warm.invalidUs, 2),
    warm_post_us: round(warm.postUs, 2),
    warm_get_us: round(warm.getUs, 2),
    e2e_get_rps: Math.round(e2e.get.rps),
    e2e_post_rps: Math.round(e2e.post.rps),
    e2e_p99_ms: round(Math.max(e2e.get.p99Ms, e2e.post.p99Ms)),
    e2e_non2xx: e2e.get.non2xx + e2e.post.non2xx + e2e.get.errors + e2e.post.errors,
    e2e_ratio: round(e2e.get.rps / e2e.rawGetItemPerSec, 2),
    peers: Object.fromEntries(
      names.map((n) => [
        n,
        {
          cold_ms: round(peers[n].cold),
          bundle_kb: kb(peers[n].bytes),
          warm_us: round(warmFigure(peers[n].warm), 2),
          warm_post_us: round(peers[n].warm.postUs, 2),
          warm_get_us: round(peers[n].warm.getUs, 2),
          warm_invalid_us: round(peers[n].warm.invalidUs, 2),
        },
      ]),
    ),
    cold_vs_best_peer: round(c.wall / best((r) => r.cold), 2),
    bundle_vs_best_peer: round(built.lambda.bytes / best((r) => r.bytes), 2),
    // The worst of the request kinds: each must be at or below the faster peer's.
    warm_vs_best_peer: round(Math.max(...KINDS.map((k) => warm[k] / best((r) => r.warm[k]))), 2),
    cost_per_million: Object.fromEntries(Object.entries(cost.perOperation).map(([k, o]) => [k, round(o.total, 2)])),
    cost_mix_per_million: round(cost.mixUsd, 2),
    cost_memory_mb: CONFIGURED_MB,
    cost_cheapest_memory_mb: cost.cheapest.memoryMb,
    health_gateway_rps: Math.round(health.gatewayRps),
    health_raw_rps: Math.round(health.rawRps),
    health_ratio: round(health.ratio, 2),
    // The same comparison by CPU time per request (bare ÷ gateway): it holds when the machine is busy.
    health_cpu_ratio: round(health.rawCpuUs / health.gatewayCpuUs, 2),
    loop_start_ms: Math.round(startup.fresh.firstAnswerMs),
    loop_start_warm_ms: Math.round(startup.warm.firstAnswerMs),
    loop_test_s: npmTest ? Math.round(npmTest.seconds) : null,
    // Ours on the machine's Node, for reading against older runs; never a target.
    node_secondary: node.secondary
      ? {
          node: node.secondary.warm.node,
          cold_ms: round(node.secondary.cold.wall),
          warm_us: round(warmFigure(node.secondary.warm), 2),
          warm_invalid_us: round(node.secondary.warm.invalidUs, 2),
        }
      : null,
  };
}
