// What stands in the way of each missed target, for the bench's report and JSON: the same run's
// figures that locate the gap (which phase, which part) and, with `--profile`, the top self-time
// owners (packages, project files) of that path in our function.
import type { HealthLoad } from './gatewayOverhead.js';
import type { SelfTimes } from './profile.js';
import type { ColdSummary } from './report.js';
import type { WarmResult } from './warmHarness.js';

export interface Evidence {
  cold: { lambda: ColdSummary; floorCall: ColdSummary; bestPeer: { name: string; cold: ColdSummary } };
  bundle: { kb: number; parts: [string, number][] };
  /** Ours, and ours without the request line and EMF. */
  warm: { ours: WarmResult; silent: WarmResult; bestPeer: Record<'post' | 'get' | 'invalid', number> };
  health: HealthLoad;
  /** Ours under the profiler (`--profile`): one cold start, one warm loop. */
  profiles?: { cold: SelfTimes; warm: SelfTimes } | undefined;
}

const f1 = (n: number) => n.toFixed(1);
const phases = (c: ColdSummary) =>
  `boot ${f1(c.boot)}, load+init ${f1(c.load)}, 1st GET ${f1(c.health)}, 1st POST ${f1(c.post)}`;
/** The largest self-time owners, Node's own idle time left out. */
const top = (label: string, p: SelfTimes | undefined) =>
  p
    ? [
        `profile, ${label} (${p.totalMs.toFixed(0)} ms sampled): ${p.rows
          .filter(([name]) => name !== '(idle)')
          .slice(0, 6)
          .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
          .join(', ')}`,
      ]
    : ['run `npm run bench -- --profile` for the self time of this path'];

/** For each missed target's name, its lines; targets met get none. */
export function inTheWay(missed: readonly string[], e: Evidence): Record<string, string[]> {
  const { lambda, floorCall, bestPeer } = e.cold;
  const lines = (name: string): string[] => {
    if (name === 'cold_vs_best_peer')
      return [
        `the floor with the POST's one SDK call alone is ${(floorCall.wall / bestPeer.cold.wall).toFixed(2)} of ${bestPeer.name}'s cold start (${f1(floorCall.wall)} vs ${f1(bestPeer.cold.wall)} ms): below that no function making the same first DynamoDB call can go`,
        `ms by phase, ours: ${phases(lambda)}; ${bestPeer.name}: ${phases(bestPeer.cold)}`,
        ...top('one cold start', e.profiles?.cold),
      ];
    if (name === 'cold_vs_floor_call')
      return [
        `ms by phase, ours: ${phases(lambda)}; floor + call: ${phases(floorCall)}`,
        ...top('one cold start', e.profiles?.cold),
      ];
    if (name === 'bundle_vs_best_peer')
      return [`largest parts (KB): ${e.bundle.parts.map(([part, bytes]) => `${part} ${f1(bytes / 1024)}`).join(', ')}`];
    const warm = /^warm_vs_best_peer \((post|get|invalid)\)$/.exec(name)?.[1] as 'post' | 'get' | 'invalid' | undefined;
    if (warm) {
      const key = `${warm}Us` as const;
      return [
        `ours ${f1(e.warm.ours[key])} µs, without the request line and EMF ${f1(e.warm.silent[key])} µs, best peer ${f1(e.warm.bestPeer[warm])} µs`,
        ...top('the warm loop', e.profiles?.warm),
      ];
    }
    if (name === 'health_ratio')
      return [
        `CPU per request: gateway ${f1(e.health.gatewayCpuUs)} µs, bare node:http ${f1(e.health.rawCpuUs)} µs (ratio ${(e.health.rawCpuUs / e.health.gatewayCpuUs).toFixed(2)}); req/s depends on how the machine shares its cores`,
        'the gateway path under the profiler: `npx tsx bench/experiments/gatewayProfile.ts`',
      ];
    return ['no breakdown: see the table above'];
  };
  return Object.fromEntries(missed.map((name) => [name, lines(name)]));
}

export function printInTheWay(found: Record<string, string[]>): void {
  const names = Object.keys(found);
  if (names.length === 0) return;
  console.log('\nwhat stands in the way of each missed target');
  for (const name of names) {
    console.log(`${name}:`);
    for (const line of found[name] ?? []) console.log(`  - ${line}`);
  }
}
