// Issue 21's targets, read off the JSON figures: each met or missed, a missed one with its figure.
// Benchmark figures, never timed tests: the bench prints them, nothing fails on them.
import type { figuresOf } from './figures.js';
import { table } from './report.js';

type Figures = ReturnType<typeof figuresOf>;
type Kind = 'post' | 'get' | 'invalid';

export function targetsOf(f: Figures) {
  type Peer = NonNullable<Figures['peers'][string]>;
  const peers = Object.values(f.peers) as Peer[];
  const best = (pick: (p: Peer) => number) => Math.min(...peers.map(pick));
  const ours: Record<Kind, number> = { post: f.warm_post_us, get: f.warm_get_us, invalid: f.warm_invalid_us };
  const peerKey = { post: 'warm_post_us', get: 'warm_get_us', invalid: 'warm_invalid_us' } as const;
  const warm = (k: Kind) => Math.round((ours[k] / best((p) => p[peerKey[k]])) * 100) / 100;
  const at = (name: string, value: number, op: '≤' | '≥' | '=', bound: number, detail: string) => ({
    name,
    value,
    target: `${op} ${bound}`,
    met: op === '≤' ? value <= bound : op === '≥' ? value >= bound : value === bound,
    detail,
  });
  return [
    at(
      'cold_vs_best_peer',
      f.cold_vs_best_peer,
      '≤',
      0.77,
      `${f.cold_ms} ms vs best peer ${best((p) => p.cold_ms)} ms`,
    ),
    at('bundle_vs_best_peer', f.bundle_vs_best_peer, '≤', 0.75, `${f.bundle_kb} KB vs ${best((p) => p.bundle_kb)} KB`),
    ...(['post', 'get', 'invalid'] as const).map((k) =>
      at(`warm_vs_best_peer (${k})`, warm(k), '≤', 1, `${ours[k]} µs vs ${best((p) => p[peerKey[k]])} µs`),
    ),
    at('cold_vs_floor_call', f.cold_vs_floor_call, '≤', 1.25, `${f.cold_ms} ms vs ${f.cold_floor_call_ms} ms`),
    at('health_ratio', f.health_ratio, '≥', 0.25, `${f.health_gateway_rps} vs ${f.health_raw_rps} req/s`),
    at('e2e_ratio', f.e2e_ratio, '≥', 0.5, `${f.e2e_get_rps} GET/s vs DynamoDB Local's own GetItem`),
    at('e2e_non2xx', f.e2e_non2xx, '=', 0, 'non-2xx, errors and timeouts under load'),
  ];
}

export function printTargets(f: Figures): void {
  const rows = targetsOf(f);
  console.log(`\ntargets (issue 21), the Lambda's figures on Node ${f.node_lambda}, the local ones on ${f.node_local}`);
  console.log(
    table([
      ['target', 'figure', 'bound', 'met', 'measured'],
      ...rows.map((t) => [t.name, t.value, t.target, t.met ? 'met' : 'MISSED', t.detail]),
    ]),
  );
  console.log(`${rows.filter((t) => t.met).length} of ${rows.length} met`);
}
