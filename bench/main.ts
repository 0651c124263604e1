// `npm run bench`: cold start, bundle size and warm overhead of the Lambda artifact against its
// floors and against the peers a team would pick instead (bench/peers/), end-to-end throughput,
// the local gateway's own overhead, what a million requests cost in AWS, and the developer loop.
// `--quick` (or BENCH_QUICK=1) runs a few iterations only, to check that it works; `--profile`
// adds where the time goes, per package; `--loop` also times `npm test`. Prints tables, then as
// its last line one JSON object.
import { createSocket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { buildAll, bytesByPackage, PEERS, type PeerName, peerNames } from './build.js';
import { coldRuns, lambdaLikeEnv } from './cold.js';
import { costs } from './cost.js';
import { timeNpmStart, timeNpmTest } from './devLoop.js';
import { startDynamoDbStub } from './dynamodbStub.js';
import { runE2e } from './e2e.js';
import { figuresOf } from './figures.js';
import { type HealthLoad, measureGatewayOverhead } from './gatewayOverhead.js';
import { compareAnswers } from './peers/compare.js';
import { profile } from './profile.js';
import * as report from './report.js';
import { measureUsage, type RequestKind, type Usage } from './usage.js';
import { warmRun } from './warm.js';
import type { WarmResult } from './warmHarness.js';

// The SDK clients of the bench itself (the raw GetItem loop, usage) talk to DynamoDB Local only.
process.env.AWS_EC2_METADATA_DISABLED = 'true';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const profiling = process.argv.includes('--profile');
const loop = process.argv.includes('--loop');
const plan = quick
  ? { coldRuns: 3, warmRequests: 2_000, usageRuns: 5, e2e: { durationSec: 1, connections: 16, warmupSec: 0.5 } }
  : { coldRuns: 15, warmRequests: 20_000, usageRuns: 31, e2e: { durationSec: 10, connections: 16, warmupSec: 3 } };
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

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

async function main(): Promise<void> {
  const started = new Date();
  const loadBefore = load();
  console.log(
    `bench${quick ? ' (quick)' : ''}: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}`,
  );
  console.log(`load average before: ${loadBefore}`);
  // First, while nothing else of the bench runs: what a developer waits for after `npm start`.
  const startup = await timeNpmStart();
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
    const peerVariants = Object.fromEntries(
      peerNames.map((name) => [name, { bundle: built.peers[name].lambda.file, env }]),
    ) as Record<PeerName, { bundle: string; env: Record<string, string> }>;
    const cold = await coldRuns(
      built.probe.file,
      {
        lambda: { bundle: built.lambda.file, env },
        floor: { bundle: built.floor.file, env },
        floorCall: { bundle: built.floorCall.file, env },
        traced: { bundle: built.lambda.file, env: tracedEnv },
        ...peerVariants,
      },
      plan.coldRuns,
    );
    const warm = await warmRun(built.warmLambda.file, env, plan.warmRequests);
    const warmFloor = await warmRun(built.warmFloor.file, env, plan.warmRequests);
    const warmPeers = {} as Record<PeerName, WarmResult>;
    for (const name of peerNames) warmPeers[name] = await warmRun(built.peers[name].warm.file, env, plan.warmRequests);

    let answers = 0;
    let usage: Record<RequestKind, Usage> | undefined;
    let health: HealthLoad | undefined;
    const e2e = await runE2e({
      ...plan.e2e,
      artifact: { bundle: built.lambda.file, check: built.check.file, env },
      onGateway: async (stage) => {
        const peerBundles = Object.fromEntries(peerNames.map((n) => [n, built.peers[n].lambda.file]));
        answers = (await compareAnswers(built.answers.file, built.lambda.file, peerBundles, env, stage)).length;
        usage = await measureUsage(stage, plan.usageRuns);
        health = await measureGatewayOverhead(stage.baseUrl, built.rawHealth.file, {
          ...plan.e2e,
          maxRequests: 1_000_000,
        });
      },
    });
    const failed = e2e.artifactCheck.filter((s) => s.got !== s.expected);
    if (failed.length > 0) throw new Error(`the bundle answered unlike the source: ${JSON.stringify(failed)}`);
    if (!usage || !health) throw new Error('the measurements on the local stage did not run');
    const npmTest = loop ? await timeNpmTest() : undefined;
    const loadAfter = load();

    const c = report.coldSummary(cold.lambda);
    const f = report.coldSummary(cold.floor);
    const fc = report.coldSummary(cold.floorCall);
    const t = report.coldSummary(cold.traced);
    const peerCold = Object.fromEntries(peerNames.map((n) => [n, report.coldSummary(cold[n])])) as Record<
      PeerName,
      report.ColdSummary
    >;
    for (const name of peerNames) {
      if (peerCold[name].statuses !== '200/201')
        throw new Error(`peer ${name} answered ${peerCold[name].statuses} cold`);
    }
    const peers = Object.fromEntries(
      peerNames.map((n) => [
        n,
        { label: PEERS[n].label, cold: peerCold[n].wall, bytes: built.peers[n].lambda.bytes, warm: warmPeers[n] },
      ]),
    ) as Record<PeerName, report.PeerRow & { label: string }>;
    const ours: report.PeerRow = { cold: c.wall, bytes: built.lambda.bytes, warm };
    const cpuMs = { createUser: warm.postUs / 1000, getUser: warm.getUs / 1000, invalid: warm.invalidUs / 1000 };
    const cost = costs({ usage, cpuMs, coldMs: c.wall });

    const figures = figuresOf({
      cold: { lambda: c, floor: f, floorCall: fc },
      built,
      warm,
      warmFloor,
      e2e,
      peers,
      cost,
      health,
      startup,
      ...(npmTest ? { npmTest } : {}),
    });

    report.printCold(
      [
        ['lambda (tracing off)', c],
        ['lambda (tracing on)', t],
        ['floor (SDK client only)', f],
        ["floor + the POST's one SDK call", fc],
        ...peerNames.map((n): [string, report.ColdSummary] => [`peer: ${PEERS[n].label}`, peerCold[n]]),
      ],
      f.wall,
      plan.coldRuns,
    );
    console.log(`X-Ray segments sent to the local sink: ${sink.segments()}`);
    console.log(
      `artifact check on DynamoDB Local: ${e2e.artifactCheck.length} requests, each answered as expected by the bundle`,
    );
    const parts = (b: { metafile: Parameters<typeof bytesByPackage>[0] }) => bytesByPackage(b.metafile, 6);
    report.printBundles(
      [
        ['lambda', built.lambda.bytes, parts(built.lambda)],
        ['floor', built.floor.bytes, parts(built.floor)],
        ...peerNames.map((n): [string, number, [string, number][]] => [
          `peer: ${PEERS[n].label}`,
          built.peers[n].lambda.bytes,
          parts(built.peers[n].lambda),
        ]),
      ],
      built.floor.bytes,
    );
    report.printWarm(
      [
        ['lambda entry', warm],
        ['floor (JSON.parse only)', warmFloor],
        ...peerNames.map((n): [string, WarmResult] => [`peer: ${PEERS[n].label}`, warmPeers[n]]),
      ],
      warm.requests,
    );
    report.printPeers(ours, peers, answers);
    report.printE2e(e2e, plan.e2e);
    report.printHealth(health, plan.e2e);
    report.printCost(cost, usage, cpuMs);
    report.printLoop(startup, npmTest);
    if (profiling) await printProfile(built, env);
    console.log(`\n${started.toISOString()}; load average before ${loadBefore}, after ${loadAfter}`);
    console.log(JSON.stringify(figures));
  } finally {
    sink.close();
    await stub.close();
    if (!process.env.BENCH_KEEP) built.remove();
  }
}

async function printProfile(built: Awaited<ReturnType<typeof buildAll>>, env: Record<string, string>) {
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
  console.log(report.table([['package', 'share'], ...share(where.cold)]));
  console.log('\nprofile, self time by package: the warm loop (POST then GET)');
  console.log(report.table([['package', 'share'], ...share(where.warm)]));
}

main().catch((err: unknown) => {
  console.error(`npm run bench: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
