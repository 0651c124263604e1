// `npm run bench`: cold start, bundle size and warm overhead of the Lambda artifact against its
// floors and against the peers a team would pick instead (bench/peers/), end-to-end throughput,
// the local gateway's own overhead, what a million requests cost in AWS, the developer loop, and
// the local stage's delay from an API answer to its domain event.
// `--quick` (or BENCH_QUICK=1) runs a few iterations only, to check that it works; `--profile`
// adds where the time goes, per package; `--loop` also times `npm test`. Prints tables, then as
// its last line one JSON object.
import { cpus, loadavg } from 'node:os';
import { operations } from '../generated/operations.js';
import { lambdaRuntime } from '../infra/bundling.js';
import { buildAll, bytesByPackage, PEERS, type PeerName, peerNames } from './build.js';
import { coldRuns, lambdaLikeEnv, type Variant } from './cold.js';
import { costMix, costs } from './cost.js';
import { printCost } from './costReport.js';
import { timeNpmStart, timeNpmTest } from './devLoop.js';
import { startDynamoDbStub } from './dynamodbStub.js';
import { runE2e } from './e2e.js';
import { measureEventCost, printEventCost } from './eventCost.js';
import { measureEventDelay, printEventDelay } from './eventDelay.js';
import { figuresOf } from './figures.js';
import { type HealthLoad, measureGatewayOverhead } from './gatewayOverhead.js';
import { inTheWay, printInTheWay } from './inTheWay.js';
import { lambdaNode, reportedVersion } from './lambdaNode.js';
import { compareAnswers } from './peers/compare.js';
import { profileCold, profileWarm } from './profile.js';
import * as report from './report.js';
import { printTargets, targetsOf } from './targets.js';
import { measureUsage, type RequestKind, type Usage } from './usage.js';
import { warmOperationRuns, warmRounds } from './warm.js';
import type { WarmResult } from './warmHarness.js';
import { loadWorkloads } from './workloads.js';
import { xraySink } from './xraySink.js';

// The SDK clients of the bench itself (the raw GetItem loop, usage) talk to DynamoDB Local only.
process.env.AWS_EC2_METADATA_DISABLED = 'true';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const profiling = process.argv.includes('--profile');
const loop = process.argv.includes('--loop');
const plan = quick
  ? {
      coldRuns: 3,
      warmRequests: 2_000,
      warmRounds: 1,
      warmOperationRequests: 500,
      usageRuns: 5,
      e2e: { durationSec: 1, connections: 16, warmupSec: 0.5 },
    }
  : {
      coldRuns: 15,
      warmRequests: 8_000,
      warmRounds: 3,
      warmOperationRequests: 2_000,
      usageRuns: 31,
      e2e: { durationSec: 10, connections: 16, warmupSec: 3 },
    };
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const started = new Date();
  const loadBefore = load();
  console.log(
    `bench${quick ? ' (quick)' : ''}: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}`,
  );
  console.log(`load average before: ${loadBefore}`);
  // The Lambda's figures (cold, warm, their CPU time for cost, the profile, the answers) on the
  // runtime's Node; the local gateway, e2e and the developer loop on this machine's, as a developer runs them.
  const node = lambdaNode({ quick });
  const secondary = node.path === process.execPath ? undefined : process.execPath;
  console.log(
    `Lambda figures on Node ${node.version} (${node.source}; the function runs ${lambdaRuntime.name})` +
      `${node.matchesRuntime ? '' : ', NOT the runtime’s major'}; local gateway and harness on ${process.version}` +
      `${secondary ? `; ours again on ${process.version} as a secondary row` : ''}`,
  );
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
      AWS_EXECUTION_ENV: `AWS_Lambda_${lambdaRuntime.name}`,
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
    const { secondary: coldSecondary, ...cold } = await coldRuns(
      node.path,
      built.probe.file,
      {
        lambda: { bundle: built.lambda.file, env },
        floor: { bundle: built.floor.file, env },
        floorCall: { bundle: built.floorCall.file, env },
        traced: { bundle: built.lambda.file, env: tracedEnv },
        ...peerVariants,
        secondary: secondary ? { bundle: built.lambda.file, env, node: secondary } : undefined,
      },
      plan.coldRuns,
    );
    const warmVariants: Record<'lambda' | 'silent' | 'floor' | PeerName, Variant> = {
      ...(Object.fromEntries(peerNames.map((n) => [n, { bundle: built.peers[n].warm.file, env }])) as Record<
        PeerName,
        Variant
      >),
      lambda: { bundle: built.warmLambda.file, env },
      // The same entry without its one log line and EMF document per request, which the peers do not write.
      silent: {
        bundle: built.warmLambda.file,
        env: { ...env, POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true' },
      },
      floor: { bundle: built.warmFloor.file, env },
    };
    const { secondary: warmSecondary, ...warmAll } = await warmRounds(
      node.path,
      {
        ...warmVariants,
        secondary: secondary ? { bundle: built.warmLambda.file, env, node: secondary } : undefined,
      },
      plan.warmRequests,
      plan.warmRounds,
    );
    const { lambda: warm, floor: warmFloor } = warmAll;
    const warmPeers = Object.fromEntries(peerNames.map((n) => [n, warmAll[n]])) as Record<PeerName, WarmResult>;
    // Every operation's CPU time, for what it costs in Lambda (bench/workloads.ts says what each request is).
    const { us: warmOperations, node: operationsNode } = await warmOperationRuns<RequestKind>(
      node.path,
      built.warmOperations.file,
      env,
      plan.warmOperationRequests,
      1,
    );

    let answers = 0;
    let usage: Record<RequestKind, Usage> | undefined;
    let health: HealthLoad | undefined;
    const e2e = await runE2e({
      ...plan.e2e,
      artifact: { bundle: built.lambda.file, check: built.check.file, env, node: node.path },
      onGateway: async (stage) => {
        const peerBundles = Object.fromEntries(peerNames.map((n) => [n, built.peers[n].lambda.file]));
        answers = (await compareAnswers(node.path, built.answers.file, built.lambda.file, peerBundles, env, stage))
          .length;
        usage = await measureUsage(stage, plan.usageRuns);
        health = await measureGatewayOverhead(stage, built.rawHealth.file, {
          ...plan.e2e,
          maxRequests: 1_000_000,
        });
      },
    });
    const failed = e2e.artifactCheck.filter((s) => s.got !== s.expected);
    if (failed.length > 0) throw new Error(`the bundle answered unlike the source: ${JSON.stringify(failed)}`);
    const checked = new Set(e2e.artifactCheck.map((s) => s.operationId));
    const unchecked = Object.keys(operations).filter((id) => !checked.has(id));
    if (unchecked.length > 0) throw new Error(`the artifact check never calls ${unchecked.join(', ')}`);
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
    const cpuMs = Object.fromEntries(
      Object.entries(warmOperations).map(([kind, us]) => [kind, (us as number) / 1000]),
    ) as Record<RequestKind, number>;
    // What each measured child reported as its own process.version: one version, or the bench stops.
    const measuredOn = reportedVersion([
      ...Object.values(cold).flat(),
      ...Object.values(warmAll),
      { node: operationsNode },
    ]);
    const workloads = await loadWorkloads();
    const cost = costs({ usage, cpuMs, coldMs: c.wall, mix: costMix(workloads) });

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
      node: {
        lambda: measuredOn,
        local: process.version,
        secondary:
          secondary && warmSecondary ? { cold: report.coldSummary(coldSecondary), warm: warmSecondary } : undefined,
      },
    });

    report.printCold(
      [
        ['lambda (tracing off)', c],
        ['lambda (tracing on)', t],
        ['floor (SDK client only)', f],
        ["floor + the POST's one SDK call", fc],
        ...peerNames.map((n): [string, report.ColdSummary] => [`peer: ${PEERS[n].label}`, peerCold[n]]),
        ...(coldSecondary.length > 0
          ? [
              [`lambda on ${process.version} (secondary)`, report.coldSummary(coldSecondary)] as [
                string,
                report.ColdSummary,
              ],
            ]
          : []),
      ],
      f.wall,
      plan.coldRuns,
      measuredOn,
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
        ['lambda entry, no log line or metrics', warmAll.silent],
        ['floor (JSON.parse only)', warmFloor],
        ...peerNames.map((n): [string, WarmResult] => [`peer: ${PEERS[n].label}`, warmPeers[n]]),
        ...(warmSecondary
          ? [[`lambda entry on ${process.version} (secondary)`, warmSecondary] as [string, WarmResult]]
          : []),
      ],
      plan.warmRequests,
      plan.warmRounds,
      measuredOn,
    );
    report.printPeers(ours, peers, answers, [
      'this kit, no log line or metrics (reference)',
      { ...ours, warm: warmAll.silent },
    ]);
    report.printE2e(e2e, plan.e2e);
    report.printHealth(health, plan.e2e);
    printCost(cost, usage, cpuMs, workloads);
    printEventCost(await measureEventCost());
    report.printLoop(startup, npmTest);
    // Domain events on the local stage: API answer to delivery on GET /_events (bench/eventDelay.ts).
    const eventDelay = await measureEventDelay({ writes: quick ? 100 : 1_000 });
    printEventDelay(eventDelay);
    const profiles = profiling ? await printProfile(node.path, built, env) : undefined;
    printTargets(figures);
    const missed = targetsOf(figures)
      .filter((t) => !t.met)
      .map((t) => t.name);
    const bestPeer = peerNames.reduce((a, b) => (peerCold[b].wall < peerCold[a].wall ? b : a));
    const bestWarm = (k: 'postUs' | 'getUs' | 'invalidUs') => Math.min(...peerNames.map((n) => warmPeers[n][k]));
    const obstacles = inTheWay(missed, {
      cold: { lambda: c, floorCall: fc, bestPeer: { name: PEERS[bestPeer].label, cold: peerCold[bestPeer] } },
      bundle: { kb: built.lambda.bytes / 1024, parts: parts(built.lambda) },
      warm: {
        ours: warm,
        silent: warmAll.silent,
        bestPeer: { post: bestWarm('postUs'), get: bestWarm('getUs'), invalid: bestWarm('invalidUs') },
      },
      health,
      profiles,
    });
    printInTheWay(obstacles);
    console.log(`\n${started.toISOString()}; load average before ${loadBefore}, after ${loadAfter}`);
    console.log(
      JSON.stringify({
        ...figures,
        event_delay_median_ms: Math.round(eventDelay.medianMs * 10) / 10,
        event_delay_p99_ms: Math.round(eventDelay.p99Ms * 10) / 10,
        targets_missed: missed,
        targets_in_the_way: obstacles,
      }),
    );
  } finally {
    sink.close();
    await stub.close();
    if (!process.env.BENCH_KEEP) built.remove();
  }
}

/** Self time by package (ms), ours beside each peer's: one cold start, then one warm loop each. */
async function printProfile(node: string, built: Awaited<ReturnType<typeof buildAll>>, env: Record<string, string>) {
  const variants = [
    ['this kit', built.lambda.file, built.warmLambda.file],
    ...peerNames.map((n) => [n, built.peers[n].lambda.file, built.peers[n].warm.file]),
  ] as const;
  const cold = [];
  const warm = [];
  for (const [name, lambda, warmEntry] of variants) {
    cold.push([name, await profileCold(node, built.dir, env, built.probe.file, lambda)] as const);
    warm.push([name, await profileWarm(node, built.dir, env, warmEntry, plan.warmRequests)] as const);
  }
  report.printProfiles('one cold start (tracing off)', cold);
  report.printProfiles(`the warm loop (${plan.warmRequests} requests of each kind after warm-up)`, warm);
  return { cold: (cold[0] as (typeof cold)[number])[1], warm: (warm[0] as (typeof warm)[number])[1] };
}

main().catch((err: unknown) => {
  console.error(`npm run bench: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
