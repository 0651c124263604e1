// `npx tsx bench/experiments/gatewayProfile.ts [--seconds 5] [--rounds 2] [--stdout pipe|file|null]
// [--warmup 5] [--env NAME=VALUE ...] [--no-profile]`: where the local gateway spends its time on GET /health, and
// its rate against the bare node:http server `npm run bench` compares it with, interleaved round by
// round (gateway, bare, gateway, bare...) under the same bounded autocannon load. The gateway runs
// as `npm start` runs it (src/local/main.ts under tsx, its default logging) with its stdout on a
// pipe this script drains (a terminal or `| tee`), a file (`> log`) or /dev/null; --env adds
// settings (e.g. LOG_LEVEL=info for the function's JSON logs). Under V8's sampling profiler, only
// the samples taken while autocannon loads the gateway are counted: V8's profile clock is the
// machine's CLOCK_MONOTONIC, the same as process.hrtime here.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { cpuMsOf, startRawServer } from '../gatewayOverhead.js';
import { type CpuProfile, readProfile, selfTimes } from '../profile.js';
import { table } from '../report.js';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '16' },
    /** Per server before the rounds; DynamoDB Local's JVM keeps compiling for a while after it starts. */
    warmup: { type: 'string', default: '5' },
    stdout: { type: 'string', default: 'pipe' },
    env: { type: 'string', multiple: true, default: [] },
    'no-profile': { type: 'boolean', default: false },
  },
});
const seconds = Number(args.seconds);
const rounds = Number(args.rounds);
const connections = Number(args.connections);
const root = resolve(import.meta.dirname, '../..');
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => ok(port));
    });
  });
}

async function untilHealthy(url: string, exited: Promise<unknown>): Promise<void> {
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  for (let i = 0; i < 600 && !gone; i++) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the gateway did not answer GET /health');
}

async function load(url: string, duration: number) {
  const r = await autocannon({ url, connections, duration, maxOverallRequests: 1_000_000, timeout: 10 });
  return { rps: r.requests.average, total: r.requests.total, failures: r.non2xx + r.errors + r.timeouts };
}

/** The profile's samples taken inside the windows (µs of CLOCK_MONOTONIC), the rest dropped. */
function within(profile: CpuProfile & { startTime: number }, windows: [number, number][]): CpuProfile {
  const kept: CpuProfile = { nodes: profile.nodes, samples: [], timeDeltas: [] };
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    at += dt;
    if (windows.some(([from, to]) => at >= from && at <= to)) {
      kept.samples.push(id);
      kept.timeDeltas.push(dt);
    }
  });
  return kept;
}

function topFunctions(profile: CpuProfile, top: number): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') return;
    const where = frame.url.replace(/^file:\/\//, '').replace(`${root}/`, '') || '(native)';
    const key = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-profile-'));
  const port = await freePort();
  const extra = Object.fromEntries(args.env.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  const out =
    args.stdout === 'pipe' ? 'pipe' : openSync(args.stdout === 'file' ? join(dir, 'stdout.log') : '/dev/null', 'w');
  const profiling = !args['no-profile'];
  const child = spawn(
    process.execPath,
    [
      ...(profiling ? ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=500'] : []),
      '--import',
      'tsx',
      'src/local/main.ts',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: join(dir, 'data'),
        THROTTLE_RATE: '1000000',
        THROTTLE_BURST: '1000000',
        ...extra,
      },
      stdio: ['ignore', out, 'inherit'],
    },
  );
  // A pipe is drained as a terminal would be; its lines are counted.
  let lines = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  });
  const exited = new Promise((done) => child.once('exit', done));
  const url = `http://127.0.0.1:${port}/health`;
  const windows: [number, number][] = [];
  const rows: (string | number)[][] = [
    ['round', 'gateway req/s', 'bare req/s', 'ratio', 'gateway CPU µs/req', 'bare CPU µs/req', 'CPU ratio', 'failures'],
  ];
  const cpuRatios: number[] = [];
  const ratios: number[] = [];
  const loads = [loadavg()[0] ?? 0];
  let requests = 0;
  try {
    await untilHealthy(url, exited);
    const raw = await startRawServer(['--import', 'tsx', 'bench/rawHealthServer.ts']);
    try {
      await load(url, Number(args.warmup)); // warm-up, outside the profile's windows
      await load(raw.url, Number(args.warmup));
      for (let round = 1; round <= rounds; round++) {
        const from = nowUs();
        const gatewayCpu = cpuMsOf(child.pid as number);
        const gateway = await load(url, seconds);
        const gatewayUs = ((cpuMsOf(child.pid as number) - gatewayCpu) * 1000) / gateway.total;
        windows.push([from, nowUs()]);
        const bareCpu = cpuMsOf(raw.pid);
        const bare = await load(raw.url, seconds);
        const bareUs = ((cpuMsOf(raw.pid) - bareCpu) * 1000) / bare.total;
        cpuRatios.push(bareUs / gatewayUs);
        requests += gateway.total;
        ratios.push(gateway.rps / bare.rps);
        loads.push(loadavg()[0] ?? 0);
        rows.push([
          round,
          Math.round(gateway.rps),
          Math.round(bare.rps),
          (gateway.rps / bare.rps).toFixed(3),
          gatewayUs.toFixed(1),
          bareUs.toFixed(1),
          (bareUs / gatewayUs).toFixed(3),
          gateway.failures + bare.failures,
        ]);
      }
    } finally {
      raw.stop();
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
    if (typeof out === 'number') closeSync(out);
  }
  console.log(
    `GET /health, autocannon -c ${connections}, ${seconds} s per side per round, stdout: ${args.stdout}` +
      `${args.env.length ? `, ${args.env.join(' ')}` : ''}, load average ${loads.map((l) => l.toFixed(2)).join(' → ')}`,
  );
  console.log(table(rows));
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length / 2;
    return Number.isInteger(mid) ? ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2 : (sorted[Math.floor(mid)] ?? 0);
  };
  console.log(`median ratio ${median(ratios).toFixed(3)}; by CPU time per request ${median(cpuRatios).toFixed(3)}`);
  if (args.stdout === 'pipe') console.log(`stdout lines during the run: ${lines} for ${requests}+ requests`);
  if (profiling) {
    const profile = within(readProfile(dir) as CpuProfile & { startTime: number }, windows);
    const times = selfTimes(profile, new Map(), 20);
    console.log(`\nself time under load by package or file (${times.totalMs.toFixed(0)} ms sampled)`);
    console.log(
      table([
        ['owner', 'ms', 'share'],
        ...times.rows.map(([n, t]) => [n, t.toFixed(0), `${((100 * t) / times.totalMs).toFixed(1)}%`]),
      ]),
    );
    console.log('\nthe functions with the most self time under load');
    console.log(
      table([
        ['function', 'ms', 'share'],
        ...topFunctions(profile, 25).map(([k, t]) => [k, t.toFixed(0), `${((100 * t) / times.totalMs).toFixed(1)}%`]),
      ]),
    );
  }
  rmSync(dir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
