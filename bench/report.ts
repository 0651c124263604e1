// The tables `npm run bench` prints, one function per section; the figures come from main.ts.
import type { PeerName } from './build.js';
import type { ColdSample } from './cold.js';
import { median } from './cold.js';
import type { E2eResult } from './e2e.js';
import type { HealthLoad } from './gatewayOverhead.js';
import type { SelfTimes } from './profile.js';
import type { WarmResult } from './warmHarness.js';

export function table(rows: (string | number)[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));
export const kb = (bytes: number) => round(bytes / 1024);
export const ms = (v: number) => v.toFixed(1);

export const coldSummary = (samples: ColdSample[]) => ({
  wall: median(samples.map((s) => s.wallMs)),
  boot: median(samples.map((s) => s.bootMs)),
  load: median(samples.map((s) => s.loadMs)),
  health: median(samples.map((s) => s.healthMs)),
  post: median(samples.map((s) => s.postMs)),
  statuses: [...new Set(samples.map((s) => s.statuses.join('/')))].join(' '),
});
export type ColdSummary = ReturnType<typeof coldSummary>;

export function printCold(rows: [string, ColdSummary][], floorMs: number, runs: number, node: string): void {
  console.log(
    `\ncold start on Node ${node}: spawn → first GET /health and POST /users answered; median of ${runs} fresh processes`,
  );
  console.log(
    table([
      ['variant', 'total ms', 'node boot', 'load+init', '1st GET', '1st POST', 'statuses', 'ratio'],
      ...rows.map(([label, c]) => [
        label,
        ms(c.wall),
        ms(c.boot),
        ms(c.load),
        ms(c.health),
        ms(c.post),
        c.statuses,
        round(c.wall / floorMs, 2),
      ]),
    ]),
  );
}

export function printBundles(rows: [string, number, [string, number][]][], floorBytes: number): void {
  console.log('\nbundle (minified CJS, as deployed; the peers with the same esbuild options)');
  console.log(
    table([
      ['bundle', 'KB', 'ratio', 'largest parts (KB)'],
      ...rows.map(([label, bytes, parts]) => [
        label,
        kb(bytes),
        round(bytes / floorBytes, 2),
        parts.map(([name, b]) => `${name} ${kb(b)}`).join(', '),
      ]),
    ]),
  );
}

export function printWarm(rows: [string, WarmResult][], requests: number, rounds: number, node: string): void {
  console.log(
    `\nwarm on Node ${node}: µs per request, median of batches of 250 over ${requests} requests after warm-up, per kind; median of ${rounds} interleaved run(s)`,
  );
  console.log(
    table([
      ['handler (DynamoDB answered in-process)', 'POST /users', 'GET /users/{userId}', 'POST /users, invalid (400)'],
      ...rows.map(([label, w]) => [label, w.postUs.toFixed(2), w.getUs.toFixed(2), w.invalidUs.toFixed(2)]),
    ]),
  );
}

export interface PeerRow {
  cold: number;
  bytes: number;
  warm: WarmResult;
}

export function printPeers(
  ours: PeerRow,
  peers: Record<PeerName, PeerRow & { label: string }>,
  answers: number,
  /** Ours with a lever pulled, for reading the gap; not a target. */
  reference: [string, PeerRow],
) {
  const best = (pick: (r: PeerRow) => number) => Math.min(...Object.values(peers).map(pick));
  const ratio = (pick: (r: PeerRow) => number) => round(pick(ours) / best(pick), 2);
  const row = (label: string, r: PeerRow) => [
    label,
    ms(r.cold),
    kb(r.bytes),
    r.warm.postUs.toFixed(2),
    r.warm.getUs.toFixed(2),
    r.warm.invalidUs.toFixed(2),
  ];
  console.log('\npeers: the same two operations, validation, DynamoDB calls and esbuild options; lower is better');
  console.log(
    table([
      ['implementation', 'cold ms', 'bundle KB', 'warm POST µs', 'warm GET µs', 'warm invalid µs'],
      row('this kit', ours),
      row(...reference),
      ...Object.values(peers).map((p) => row(p.label, p)),
      [
        'this kit ÷ best peer',
        ratio((r) => r.cold),
        ratio((r) => r.bytes),
        ratio((r) => r.warm.postUs),
        ratio((r) => r.warm.getUs),
        ratio((r) => r.warm.invalidUs),
      ],
      ['target', '≤ 0.77', '≤ 0.75', '≤ 1', '≤ 1', '≤ 1'],
    ]),
  );
  console.log(`answers compared on DynamoDB Local: ${answers} requests, each peer answered every one as ours`);
}

export function printE2e(e2e: E2eResult, plan: { connections: number; durationSec: number }): void {
  console.log(
    `\ne2e: autocannon, ${plan.connections} connections, ${plan.durationSec} s, local gateway on DynamoDB Local`,
  );
  const row = (name: string, r: typeof e2e.get) => [
    name,
    Math.round(r.rps),
    r.p50Ms,
    r.p99Ms,
    r.non2xx,
    r.errors,
    r.requests,
  ];
  console.log(
    table([
      ['request', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'requests'],
      row('GET /users/{userId}', e2e.get),
      row('POST /users', e2e.post),
      [
        `GetItem via SDK (raw; ${e2e.rawGetItemRuns.map(Math.round).join(' before, ')} after)`,
        Math.round(e2e.rawGetItemPerSec),
        '',
        '',
        '',
        '',
        '',
      ],
    ]),
  );
}

export function printHealth(h: HealthLoad, plan: { connections: number; durationSec: number }): void {
  console.log(
    `\nlocal gateway overhead: GET /health, autocannon, ${plan.connections} connections, ${plan.durationSec} s each`,
  );
  console.log(
    table([
      ['server', 'req/s', 'ratio', 'CPU µs/request', 'CPU ratio'],
      [
        'local gateway (npm start, in front of the Lambda entry)',
        Math.round(h.gatewayRps),
        round(h.ratio, 2),
        round(h.gatewayCpuUs),
        round(h.rawCpuUs / h.gatewayCpuUs, 2),
      ],
      ['bare node:http answering the same JSON', Math.round(h.rawRps), 1, round(h.rawCpuUs), 1],
    ]),
  );
  console.log(`failed requests (non-2xx, errors, timeouts): ${h.failures}; target ratio ≥ 0.25`);
}

/** Issue 24's start-up targets: the first answer within 3 s on an existing data dir, 8 s on a fresh one. */
export const START_TARGET_MS = { warm: 3_000, fresh: 8_000 } as const;

export function printLoop(
  start: Record<'fresh' | 'warm', { firstAnswerMs: number; bannerMs: number }>,
  test?: { seconds: number; passed: boolean },
) {
  const startRow = (kind: 'fresh' | 'warm', what: string) => {
    const { firstAnswerMs, bannerMs } = start[kind];
    const met = firstAnswerMs <= START_TARGET_MS[kind] ? 'met' : 'MISSED';
    return [
      `npm start → first GET /health answered, ${what}`,
      `${Math.round(firstAnswerMs)} ms (banner at ${Math.round(bannerMs)} ms; target ≤ ${START_TARGET_MS[kind]} ms: ${met})`,
    ];
  };
  console.log('\ndeveloper loop');
  console.log(
    table([
      ['step', 'figure'],
      startRow('fresh', 'fresh data dir'),
      startRow('warm', 'existing data dir'),
      [
        'npm test, wall time',
        test
          ? `${test.seconds.toFixed(0)} s (${test.passed ? 'passed' : 'FAILED'})`
          : 'not run (npm run bench -- --loop)',
      ],
    ]),
  );
}

/** Profiles side by side: each variant's largest owners of self time, in ms. */
export function printProfiles(what: string, profiles: (readonly [string, SelfTimes])[]): void {
  console.log(`\nprofile, self time in ms by package: ${what}`);
  const depth = Math.max(...profiles.map(([, p]) => p.rows.length));
  const header = profiles.flatMap(([name, p]) => [`${name} (${p.totalMs.toFixed(0)} ms)`, 'ms']);
  const rows = Array.from({ length: depth }, (_, i) =>
    profiles.flatMap(([, p]) => {
      const row = p.rows[i];
      return row ? [row[0], row[1].toFixed(1)] : ['', ''];
    }),
  );
  console.log(table([header, ...rows]));
}
