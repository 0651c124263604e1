// `npm run bench`: cold start, bundle size, warm overhead and end-to-end throughput of the
// Lambda artifact, each against its floor. `--quick` (or BENCH_QUICK=1) runs a few iterations
// only, to check that it works; `--profile` adds where the time goes, per package. Prints
// tables, then as its last line one JSON object.
import { createSocket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { operations } from '../generated/operations.js';
import { buildAll, bytesByPackage } from './build.js';
import { type ColdSample, coldRuns, lambdaLikeEnv, median } from './cold.js';
import { startDynamoDbStub } from './dynamodbStub.js';
import { runE2e } from './e2e.js';
import { profile } from './profile.js';
import { warmRun } from './warm.js';

// The SDK clients of the bench itself (the raw GetItem loop) talk to DynamoDB Local only.
process.env.AWS_EC2_METADATA_DISABLED = 'true';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const profiling = process.argv.includes('--profile');
const plan = quick
  ? { coldRuns: 3, warmRequests: 2_000, e2e: { durationSec: 1, connections: 16, warmupSec: 0.5 } }
  : { coldRuns: 15, warmRequests: 20_000, e2e: { durationSec: 10, connections: 16, warmupSec: 3 } };

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const kb = (bytes: number) => round(bytes / 1024);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function table(rows: (string | number)[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}

/** Where the X-Ray SDK sends segments in the traced cold runs: a socket of ours on 127.0.0.1. */
async function xraySink() {
  const socket = createSocket('udp4');
  let segments = 0;
  socket.on('message', () => segments++);
  await new Promise<void>((ok) => socket.bind(0, '127.0.0.1', ok));
  return {
    address: `127.0.0.1:${(socket.address() as AddressInfo).port}`,
    segments: () => segments,
    close: () => socket.close(),
  };
}

const coldSummary = (samples: ColdSample[]) => ({
  wall: median(samples.map((s) => s.wallMs)),
  boot: median(samples.map((s) => s.bootMs)),
  load: median(samples.map((s) => s.loadMs)),
  health: median(samples.map((s) => s.healthMs)),
  post: median(samples.map((s) => s.postMs)),
  statuses: [...new Set(samples.map((s) => s.statuses.join('/')))].join(' '),
});

async function main(): Promise<void> {
  const started = new Date();
  const loadBefore = load();
  console.log(
    `bench${quick ? ' (quick)' : ''}: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}`,
  );
  console.log(`load average before: ${loadBefore}`);
  const built = await buildAll();
  const stub = await startDynamoDbStub();
  const sink = await xraySink();
  try {
    // As in Lambda, with tracing switched off; the traced variant is the same artifact with it on.
    const lambdaVars = {
      AWS_LAMBDA_FUNCTION_NAME: 'users-api-bench',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '1024',
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      LAMBDA_TASK_ROOT: built.dir,
    };
    const env = lambdaLikeEnv(built.dir, {
      ...lambdaVars,
      DYNAMODB_ENDPOINT: stub.endpoint,
      POWERTOOLS_TRACE_ENABLED: 'false',
    });
    const tracedEnv = lambdaLikeEnv(built.dir, {
      ...lambdaVars,
      DYNAMODB_ENDPOINT: stub.endpoint,
      // Not sampled: the tracer loads and instruments, the SDK sends nothing (the sink counts).
      _X_AMZN_TRACE_ID: 'Root=1-67890abc-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=0',
      AWS_XRAY_DAEMON_ADDRESS: sink.address,
      AWS_XRAY_CONTEXT_MISSING: 'IGNORE_ERROR',
    });
    const cold = await coldRuns(
      built.probe.file,
      {
        lambda: { bundle: built.lambda.file, env },
        floor: { bundle: built.floor.file, env },
        floorCall: { bundle: built.floorCall.file, env },
        traced: { bundle: built.lambda.file, env: tracedEnv },
      },
      plan.coldRuns,
    );
    const warm = await warmRun(built.warmLambda.file, env, plan.warmRequests);
    const warmFloor = await warmRun(built.warmFloor.file, env, plan.warmRequests);
    const e2e = await runE2e({
      ...plan.e2e,
      artifact: { bundle: built.lambda.file, check: built.check.file, env },
    });
    const failed = e2e.artifactCheck.filter((s) => s.got !== s.expected);
    if (failed.length > 0) throw new Error(`the bundle answered unlike the source: ${JSON.stringify(failed)}`);
    const checked = new Set(e2e.artifactCheck.map((s) => s.operationId));
    const unchecked = Object.keys(operations).filter((id) => !checked.has(id));
    if (unchecked.length > 0) throw new Error(`the artifact check never calls ${unchecked.join(', ')}`);
    const loadAfter = load();

    const [c, f, t] = [coldSummary(cold.lambda), coldSummary(cold.floor), coldSummary(cold.traced)];
    const fc = coldSummary(cold.floorCall);
    const warmUs = Math.max(warm.postUs, warm.getUs);
    const warmFloorUs = Math.max(warmFloor.postUs, warmFloor.getUs);
    const figures = {
      cold_ms: round(c.wall),
      cold_floor_ms: round(f.wall),
      cold_ratio: round(c.wall / f.wall, 2),
      bundle_kb: kb(built.lambda.bytes),
      bundle_floor_kb: kb(built.floor.bytes),
      bundle_ratio: round(built.lambda.bytes / built.floor.bytes, 2),
      warm_us: round(warmUs, 2),
      warm_floor_us: round(warmFloorUs, 2),
      warm_invalid_us: round(warm.invalidUs, 2),
      e2e_get_rps: Math.round(e2e.get.rps),
      e2e_post_rps: Math.round(e2e.post.rps),
      e2e_p99_ms: round(Math.max(e2e.get.p99Ms, e2e.post.p99Ms)),
      e2e_non2xx: e2e.get.non2xx + e2e.post.non2xx + e2e.get.errors + e2e.post.errors,
      e2e_ratio: round(e2e.get.rps / e2e.rawGetItemPerSec, 2),
    };

    const ms = (v: number) => v.toFixed(1);
    console.log(
      `\ncold start: spawn → first GET /health and POST /users answered; median of ${plan.coldRuns} fresh processes`,
    );
    console.log(
      table([
        ['variant', 'total ms', 'node boot', 'load+init', '1st GET', '1st POST', 'statuses', 'ratio'],
        [
          'lambda (tracing off)',
          ms(c.wall),
          ms(c.boot),
          ms(c.load),
          ms(c.health),
          ms(c.post),
          c.statuses,
          figures.cold_ratio,
        ],
        [
          'lambda (tracing on)',
          ms(t.wall),
          ms(t.boot),
          ms(t.load),
          ms(t.health),
          ms(t.post),
          t.statuses,
          round(t.wall / f.wall, 2),
        ],
        ['floor (SDK client only)', ms(f.wall), ms(f.boot), ms(f.load), ms(f.health), ms(f.post), f.statuses, 1],
        [
          "floor + the POST's one SDK call",
          ms(fc.wall),
          ms(fc.boot),
          ms(fc.load),
          ms(fc.health),
          ms(fc.post),
          fc.statuses,
          round(fc.wall / f.wall, 2),
        ],
      ]),
    );
    console.log(`X-Ray segments sent to the local sink: ${sink.segments()}`);
    console.log(
      `artifact check on DynamoDB Local: ${e2e.artifactCheck.length} requests, each answered as expected by the bundle`,
    );
    console.log('\nbundle (minified CJS, as deployed)');
    console.log(
      table([
        ['bundle', 'KB', 'ratio'],
        ['lambda', figures.bundle_kb, figures.bundle_ratio],
        ['floor', figures.bundle_floor_kb, 1],
      ]),
    );
    console.log(
      `largest parts of the lambda bundle (KB): ${bytesByPackage(built.lambda.metafile)
        .map(([name, bytes]) => `${name} ${kb(bytes)}`)
        .join(', ')}`,
    );
    console.log(`\nwarm: µs per request, median of batches of 250, ${warm.requests} requests each after warm-up`);
    console.log(
      table([
        ['handler', 'POST /users', 'GET /users/{userId}', 'POST /users, invalid (400)'],
        [
          'lambda entry (DynamoDB in-process)',
          warm.postUs.toFixed(2),
          warm.getUs.toFixed(2),
          warm.invalidUs.toFixed(2),
        ],
        [
          'floor (JSON.parse only)',
          warmFloor.postUs.toFixed(2),
          warmFloor.getUs.toFixed(2),
          warmFloor.invalidUs.toFixed(2),
        ],
      ]),
    );
    console.log(
      `\ne2e: autocannon, ${plan.e2e.connections} connections, ${plan.e2e.durationSec} s, local gateway on DynamoDB Local`,
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
    if (profiling) {
      const where = await profile({
        workDir: built.dir,
        env,
        probe: built.probe.file,
        lambda: built.lambda.file,
        warmLambda: built.warmLambda.file,
        warmRequests: plan.warmRequests,
      });
      const share = (rows: [string, number][]) => rows.map(([name, pct]) => [name, `${pct.toFixed(1)}%`]);
      console.log('\nprofile, self time by package: one cold start (lambda, tracing off)');
      console.log(table([['package', 'share'], ...share(where.cold)]));
      console.log('\nprofile, self time by package: the warm loop (POST then GET)');
      console.log(table([['package', 'share'], ...share(where.warm)]));
    }
    console.log(`\n${started.toISOString()}; load average before ${loadBefore}, after ${loadAfter}`);
    console.log(JSON.stringify(figures));
  } finally {
    sink.close();
    await stub.close();
    if (!process.env.BENCH_KEEP) built.remove();
  }
}

main().catch((err: unknown) => {
  console.error(`npm run bench: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
