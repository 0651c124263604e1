// The bench's "what stands in the way" of each missed target: the same run's figures that locate
// the gap, and the profile's largest self-time owners when it ran with --profile.
import { describe, expect, it } from 'vitest';
import { type Evidence, inTheWay } from '../../bench/inTheWay.js';

const cold = (wall: number, load: number, post: number) => ({
  wall,
  boot: 30,
  load,
  health: 5,
  post,
  statuses: '200/201',
});
const warm = (us: number) => ({ postUs: us, getUs: us, invalidUs: us, requests: 1, node: 'v24.0.0' });
const evidence: Evidence = {
  cold: {
    lambda: cold(250, 150, 67),
    floorCall: cold(190, 90, 69),
    bestPeer: { name: 'Hono', cold: cold(233, 140, 47) },
  },
  bundle: { kb: 600, parts: [['@smithy/core', 130 * 1024]] },
  warm: { ours: warm(93), silent: warm(58), bestPeer: { post: 125, get: 53, invalid: 126 } },
  health: { gatewayRps: 3600, rawRps: 23500, ratio: 0.15, failures: 0, gatewayCpuUs: 80, rawCpuUs: 18 },
  profiles: {
    cold: {
      totalMs: 200,
      rows: [
        ['(idle)', 50],
        ['lodash', 10],
      ],
    },
    warm: {
      totalMs: 3850,
      rows: [
        ['@aws-lambda-powertools/logger', 900],
        ['lodash', 297],
      ],
    },
  },
};

describe('what stands in the way of a missed target', () => {
  it('names, for each missed target only, the figures of the gap and the profile of its path', () => {
    const found = inTheWay(['cold_vs_best_peer', 'warm_vs_best_peer (get)', 'health_ratio'], evidence);

    expect(Object.keys(found)).toEqual(['cold_vs_best_peer', 'warm_vs_best_peer (get)', 'health_ratio']);
    expect(found.cold_vs_best_peer?.[0]).toContain("call alone is 0.82 of Hono's cold start");
    expect(found.cold_vs_best_peer?.at(-1)).toBe('profile, one cold start (200 ms sampled): lodash 10.0');
    expect(found['warm_vs_best_peer (get)']).toEqual([
      'ours 93.0 µs, without the request line and EMF 58.0 µs, best peer 53.0 µs',
      'profile, the warm loop (3850 ms sampled): @aws-lambda-powertools/logger 900.0, lodash 297.0',
    ]);
    expect(found.health_ratio?.[0]).toContain('gateway 80.0 µs, bare node:http 18.0 µs (ratio 0.23)');
  });

  it('says how to get the profile when the run had none', () => {
    const found = inTheWay(['cold_vs_floor_call'], { ...evidence, profiles: undefined });

    expect(found.cold_vs_floor_call).toEqual([
      'ms by phase, ours: boot 30.0, load+init 150.0, 1st GET 5.0, 1st POST 67.0; floor + call: boot 30.0, load+init 90.0, 1st GET 5.0, 1st POST 69.0',
      'run `npm run bench -- --profile` for the self time of this path',
    ]);
  });
});
