// `npm run bench` in quick mode runs every measurement end to end and ends with the JSON
// line of figures. No timing is asserted: the machine is shared and quick mode is short.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { installedLambdaNode } from '../../bench/lambdaNode.js';
import { operations } from '../../generated/operations.js';
import { lambdaRuntime } from '../../infra/bundling.js';

const root = resolve(import.meta.dirname, '../..');
const FIGURES = [
  'cold_ms',
  'cold_floor_ms',
  'cold_ratio',
  'cold_floor_call_ms',
  'cold_vs_floor_call',
  'bundle_kb',
  'bundle_floor_kb',
  'bundle_ratio',
  'warm_us',
  'warm_floor_us',
  'warm_invalid_us',
  'warm_post_us',
  'warm_get_us',
  'e2e_get_rps',
  'e2e_post_rps',
  'e2e_p99_ms',
  'e2e_non2xx',
  'e2e_ratio',
  'cold_vs_best_peer',
  'bundle_vs_best_peer',
  'warm_vs_best_peer',
  'cost_mix_per_million',
  'cost_memory_mb',
  'cost_cheapest_memory_mb',
  'health_gateway_rps',
  'health_raw_rps',
  'health_ratio',
  'health_cpu_ratio',
  'loop_start_ms',
  'loop_start_warm_ms',
  'event_delay_median_ms',
  'event_delay_p99_ms',
];
const PEER_FIGURES = ['cold_ms', 'bundle_kb', 'warm_us', 'warm_post_us', 'warm_get_us', 'warm_invalid_us'];

describe('npm run bench', () => {
  it('runs in quick mode and prints every figure as one JSON object on its last line', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/main.ts', '--quick'], {
      cwd: root,
      timeout: 420_000,
      maxBuffer: 16 * 1024 * 1024,
    });

    const last = stdout.trimEnd().split('\n').at(-1) ?? '';
    const figures = JSON.parse(last) as Record<string, unknown>;
    expect(Object.keys(figures).sort()).toEqual(
      [
        ...FIGURES,
        'peers',
        'cost_per_million',
        'loop_test_s',
        'node_lambda',
        'node_local',
        'node_secondary',
        'targets_missed',
        'targets_in_the_way',
      ].sort(),
    );
    // Which Node measured the figures, as the measured processes reported it: the runtime's major
    // whenever one is at hand (this Node, or bench/lambda-node after `npm run bench:node`).
    const runtimeAtHand =
      process.versions.node.startsWith(`${lambdaRuntime.nodeMajor}.`) || existsSync(installedLambdaNode);
    expect(figures.node_lambda).toMatch(runtimeAtHand ? new RegExp(`^v${lambdaRuntime.nodeMajor}\\.`) : /^v\d+\./);
    expect(figures.node_local).toBe(process.version);
    const secondary = figures.node_secondary as { node: string } | null;
    if (figures.node_lambda !== process.version) expect(secondary?.node).toBe(process.version);
    else expect(secondary).toBeNull();
    expect(figures.targets_missed).toEqual(expect.any(Array));
    // Each missed target, and only those, says what stands in the way, in the JSON and on screen.
    const missed = figures.targets_missed as string[];
    const inTheWay = figures.targets_in_the_way as Record<string, string[]>;
    expect(Object.keys(inTheWay).sort()).toEqual([...missed].sort());
    for (const name of missed) {
      expect(inTheWay[name]?.length, name).toBeGreaterThan(0);
      expect(stdout).toContain(`${name}:\n  - ${inTheWay[name]?.[0]}`);
    }
    expect(stdout).toMatch(/targets \(issue 21\)[\s\S]*of 9 met/);
    for (const name of FIGURES) expect(figures[name], name).toEqual(expect.any(Number));
    // The peers a team would pick instead, each measured on every figure.
    const peers = figures.peers as Record<string, Record<string, unknown>>;
    expect(Object.keys(peers).sort()).toEqual(['hono', 'powertools']);
    for (const peer of Object.values(peers)) {
      expect(Object.keys(peer).sort()).toEqual([...PEER_FIGURES].sort());
      for (const name of PEER_FIGURES) expect(peer[name], name).toEqual(expect.any(Number));
    }
    const cost = figures.cost_per_million as Record<string, unknown>;
    // Every operation of the spec, and the refused POST /users.
    expect(Object.keys(cost).sort()).toEqual([...Object.keys(operations), 'invalid'].sort());
    // API Gateway's $3.50 and Lambda's $0.20 per million are the least any request costs.
    for (const usd of Object.values(cost)) expect(usd).toBeGreaterThanOrEqual(3.7);
    // `npm test` is timed only with --loop.
    expect(figures.loop_test_s).toBeNull();
    expect(stdout).toContain('cold start');
    expect(stdout).toContain('e2e');
    expect(stdout).toContain('each peer answered every one as ours');
  }, 450_000);
});
