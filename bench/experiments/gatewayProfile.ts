// `npx tsx bench/experiments/gatewayProfile.ts [seconds]`: where the local gateway spends its time
// on GET /health, and its rate against the bare node:http server `npm run bench` compares it with,
// measured right after it (POWERTOOLS_LOG_LEVEL=SILENT in the environment: without the function's
// log line). The gateway
// as `npm start` runs it (src/local/main.ts under tsx), under V8's sampling profiler and a
// bounded autocannon load. Node refuses --cpu-prof in NODE_OPTIONS, so the gateway is spawned here.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startRawServer } from '../gatewayOverhead.js';
import { readProfile, selfTimes } from '../profile.js';
import { table } from '../report.js';

const seconds = Number(process.argv[2] ?? 10);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-profile-'));
  const child = spawn(
    process.execPath,
    [`--cpu-prof`, `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=1000', '--import', 'tsx', 'src/local/main.ts'],
    {
      env: {
        ...process.env,
        PORT: '0',
        DATA_DIR: join(dir, 'data'),
        LOG_REQUESTS: 'false',
        THROTTLE_RATE: '1000000',
        THROTTLE_BURST: '1000000',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise((done) => child.once('exit', done));
  const baseUrl = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url) ok(url);
    });
    child.once('exit', (code) => fail(new Error(`the gateway exited with ${code}:\n${out}`)));
  });
  // Its stdout (the Lambda's log lines) is drained, as startGateway drains it.
  child.stdout.resume();
  try {
    const url = `${baseUrl}/health`;
    await autocannon({ url, connections: 16, duration: 2, maxOverallRequests: 1_000_000 });
    const result = await autocannon({ url, connections: 16, duration: seconds, maxOverallRequests: 1_000_000 });
    const raw = await startRawServer(['--import', 'tsx', 'bench/rawHealthServer.ts']);
    await autocannon({ url: raw.url, connections: 16, duration: 2, maxOverallRequests: 1_000_000 });
    const bare = await autocannon({ url: raw.url, connections: 16, duration: seconds, maxOverallRequests: 1_000_000 });
    raw.stop();
    const [gatewayRps, bareRps] = [result.requests.average, bare.requests.average];
    console.log(
      `GET /health: local gateway ${Math.round(gatewayRps)} req/s (${result.non2xx} non-2xx), bare node:http ${Math.round(bareRps)} req/s, ratio ${(gatewayRps / bareRps).toFixed(2)}`,
    );
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
  const times = selfTimes(readProfile(dir), new Map(), 25);
  console.log(`\nself time in ms by package or file, whole gateway process (${times.totalMs.toFixed(0)} ms)`);
  console.log(
    table([
      ['owner', 'ms', 'share'],
      ...times.rows.map(([n, t]) => [n, t.toFixed(0), `${((100 * t) / times.totalMs).toFixed(1)}%`]),
    ]),
  );
  // Node's own share, by module and function: HTTP, streams, the stdout pipe the log lines take.
  const profile = readProfile(dir);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const builtIn = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame || !(frame.url.startsWith('node:') || frame.url === '')) return;
    const key = `${frame.url || '(native)'} ${frame.functionName || '(anonymous)'}`;
    builtIn.set(key, (builtIn.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const top = [...builtIn]
    .filter(([k]) => !k.includes('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20);
  console.log('\nNode built-in and native self time, by module and function');
  console.log(table([['function', 'ms'], ...top.map(([k, t]) => [k, t.toFixed(0)])]));
  rmSync(dir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
