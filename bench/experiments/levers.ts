// `npx tsx bench/experiments/levers.ts` (`--quick` for a smoke run): what each lever bought, an
// experiment beside the benchmark. Bundle size and cold start with each bundling lever added in
// turn, what Powertools costs, what source maps cost, and what logs and metrics cost warm.
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { lambdaAliases, lambdaEntry } from '../../infra/bundling.js';
import { bundle, bundleDir } from '../build.js';
import { coldRuns, lambdaLikeEnv, median } from '../cold.js';
import { startDynamoDbStub } from '../dynamodbStub.js';
import { warmRun } from '../warm.js';

const quick = process.argv.includes('--quick');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : quick ? 3 : 11;
const warmRequests = quick ? 2_000 : 20_000;

const { lodash: _lodash, ...unusedOnly } = lambdaAliases;
const table = (rows: (string | number)[][]) => {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length))) ?? [];
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join('  ')).join('\n');
};

async function main(): Promise<void> {
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const dir = bundleDir();
  const stub = await startDynamoDbStub();
  try {
    const cjsFirst = { mainFields: ['main', 'module'] };
    const [plain, esmFirst, unused, shipped, noTracer, noPowertools, floorCjs, floor, probe] = await Promise.all([
      bundle(dir, 'plain', lambdaEntry, { alias: {}, ...cjsFirst }),
      bundle(dir, 'esm-first', lambdaEntry, { alias: {} }),
      bundle(dir, 'unused', lambdaEntry, { alias: { ...unusedOnly } }),
      bundle(dir, 'shipped', lambdaEntry),
      // Tracing is off in these runs, so the tracer module is never loaded: only its bytes differ.
      bundle(dir, 'no-tracer', lambdaEntry, {
        alias: { ...lambdaAliases, '@aws-lambda-powertools/tracer': './infra/bundling/unused.cjs' },
      }),
      bundle(dir, 'no-powertools', 'bench/experiments/plainLambda.ts'),
      bundle(dir, 'floor-cjs', 'bench/floor.ts', cjsFirst),
      bundle(dir, 'floor', 'bench/floor.ts'),
      bundle(dir, 'probe', 'bench/coldProbe.ts'),
    ]);
    const [warm, warmFloor] = await Promise.all([
      bundle(dir, 'warm', 'bench/warmLambda.ts'),
      bundle(dir, 'warm-floor', 'bench/warmFloor.ts'),
    ]);
    const env = lambdaLikeEnv(dir, {
      AWS_LAMBDA_FUNCTION_NAME: 'users-api-bench',
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      POWERTOOLS_TRACE_ENABLED: 'false',
      DYNAMODB_ENDPOINT: stub.endpoint,
    });
    const noSourceMaps = { ...env, NODE_OPTIONS: '' };
    const cold = await coldRuns(
      probe.file,
      {
        plain: { bundle: plain.file, env },
        esmFirst: { bundle: esmFirst.file, env },
        unused: { bundle: unused.file, env },
        shipped: { bundle: shipped.file, env },
        noSourceMaps: { bundle: shipped.file, env: noSourceMaps },
        noTracer: { bundle: noTracer.file, env },
        noPowertools: { bundle: noPowertools.file, env },
        floorCjs: { bundle: floorCjs.file, env },
        floor: { bundle: floor.file, env },
      },
      runs,
    );
    const ms = (name: keyof typeof cold) => median(cold[name].map((s) => s.wallMs));
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    console.log(`\nbundling and start-up levers: cold start median of ${runs}, interleaved`);
    console.log(
      table([
        ['variant', 'bundle KB', 'cold ms', 'load+init ms', '1st POST ms'],
        ...(
          [
            ['esbuild defaults (CJS builds first, no aliases)', plain.bytes, 'plain'],
            ['+ ES module builds first (mainFields)', esmFirst.bytes, 'esmFirst'],
            ['+ unused openapi-backend deps aliased', unused.bytes, 'unused'],
            ['+ lodash per method (as shipped)', shipped.bytes, 'shipped'],
            ['as shipped, without --enable-source-maps', shipped.bytes, 'noSourceMaps'],
            ['as shipped, without the tracer in the bundle', noTracer.bytes, 'noTracer'],
            ['as shipped, without Powertools', noPowertools.bytes, 'noPowertools'],
            ['floor, CJS builds first', floorCjs.bytes, 'floorCjs'],
            ['floor (SDK client only, as shipped)', floor.bytes, 'floor'],
          ] as const
        ).map(([label, bytes, name]) => [
          label,
          kb(bytes),
          ms(name).toFixed(1),
          median(cold[name].map((s) => s.loadMs)).toFixed(1),
          median(cold[name].map((s) => s.postMs)).toFixed(1),
        ]),
      ]),
    );

    const silent = { ...env, POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true' };
    const rows: [string, string, Record<string, string>][] = [
      ['as shipped', warm.file, env],
      ['as shipped, no logs or metrics', warm.file, silent],
      ['floor (JSON.parse only)', warmFloor.file, env],
    ];
    console.log(`\nwarm levers: µs per request, median of batches, ${warmRequests} requests each`);
    const results: (string | number)[][] = [['variant', 'POST /users', 'GET /users/{userId}']];
    for (const [label, file, runEnv] of rows) {
      const r = await warmRun(file, runEnv, warmRequests);
      results.push([label, r.postUs.toFixed(2), r.getUs.toFixed(2)]);
    }
    console.log(table(results));
    console.log(
      `\nload average after: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await stub.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`bench/experiments/levers.ts: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
