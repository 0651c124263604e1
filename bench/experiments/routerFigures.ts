// Before/after figures of issue 21's routing and tracer work, on any Node binaries: bytes of
// index.js, require() CPU time, cold start (spawn -> GET /health and POST /users answered: wall
// and the process's CPU time) and warm µs (wall and CPU) of GET /health and GET /users/{userId},
// for checkouts of the code given by their roots (e.g. `git archive main | tar -x -C /tmp/base`,
// with node_modules linked in). Every figure is a median of fresh processes, the variants
// interleaved (order reversed every other round); on a shared machine the CPU figures are the
// steadier ones.
//   npx tsx bench/experiments/routerFigures.ts --root main=/tmp/base --root now=. \
//     --node 24=/path/to/node24 --node 20=node --runs 11 --warm-runs 5
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { median } from '../cold.js';
import { startDynamoDbStub } from '../dynamodbStub.js';
import { PROBE_MARKER } from '../events.js';

const { values } = parseArgs({
  options: {
    root: { type: 'string', multiple: true, default: [] },
    node: { type: 'string', multiple: true, default: [] },
    runs: { type: 'string', default: '11' },
    'warm-runs': { type: 'string', default: '5' },
    'warm-requests': { type: 'string', default: '4000' },
    traced: { type: 'boolean', default: false },
    samples: { type: 'boolean', default: false },
  },
});
const pairs = (list: string[]) => list.map((s) => s.split('=') as [string, string]);
const roots = pairs(values.root);
const nodes = pairs(values.node);
const out = join(tmpdir(), `router-figures-${process.pid}`);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'package.json'), '{ "type": "commonjs" }\n');
const here = resolve(import.meta.dirname);

interface Variant {
  name: string;
  lambda: string;
  bytes: number;
  tracerBytes: number;
  probe: string;
  warm: string;
}

async function buildVariant(name: string, root: string): Promise<Variant> {
  const abs = resolve(root);
  const bundling = await import(join(abs, 'infra/bundling.ts'));
  const options = { ...bundling.lambdaEsbuildOptions, absWorkingDir: abs, logLevel: 'error' as const };
  // The warm entry and the probe are this file's siblings: other checkouts get this copy.
  for (const file of ['warmRouting.ts', 'coldCpuProbe.ts']) {
    const there = join(abs, 'bench/experiments', file);
    if (abs !== resolve(here, '../..')) copyFileSync(join(here, file), there);
  }
  const warmEntry = join(abs, 'bench/experiments/warmRouting.ts');
  const dir = join(out, name);
  await build({ ...options, entryPoints: [bundling.lambdaEntry], outfile: join(dir, 'index.js') });
  if (bundling.tracerEntry) {
    await build({
      ...bundling.tracerEsbuildOptions,
      absWorkingDir: abs,
      logLevel: 'error',
      entryPoints: [bundling.tracerEntry],
      outfile: join(dir, bundling.tracerFile),
    });
  }
  await build({
    ...options,
    entryPoints: ['bench/experiments/coldCpuProbe.ts'],
    outfile: join(out, `${name}-probe`, 'index.js'),
  });
  await build({ ...options, entryPoints: [warmEntry], outfile: join(out, `${name}-warm`, 'index.js') });
  const tracer = join(dir, 'tracer.js');
  return {
    name,
    lambda: join(dir, 'index.js'),
    bytes: statSync(join(dir, 'index.js')).size,
    tracerBytes: existsSync(tracer) ? statSync(tracer).size : 0,
    probe: join(out, `${name}-probe`, 'index.js'),
    warm: join(out, `${name}-warm`, 'index.js'),
  };
}

function run(
  node: string,
  args: string[],
  env: Record<string, string>,
  ipc = false,
): Promise<{ out: string; message?: unknown; wallMs: number }> {
  return new Promise((ok, fail) => {
    const started = performance.now();
    let wallMs = 0;
    const child = spawn(node, args, { env, stdio: ['ignore', 'pipe', 'pipe', ...(ipc ? (['ipc'] as const) : [])] });
    let stdout = '';
    let stderr = '';
    let message: unknown;
    child.stdout?.on('data', (c: Buffer) => {
      stdout += c.toString();
      if (!wallMs && stdout.includes(PROBE_MARKER)) wallMs = performance.now() - started;
    });
    child.stderr?.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('message', (m) => {
      message = m;
    });
    child.once('error', fail);
    child.once('close', (code) =>
      code === 0
        ? ok({ out: stdout, message, wallMs })
        : fail(new Error(`${args.join(' ')} exited ${code}: ${stderr}`)),
    );
  });
}

const variants: Variant[] = [];
for (const [name, root] of roots) variants.push(await buildVariant(name, root));
const stub = await startDynamoDbStub();
const baseEnv = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_CONFIG_FILE: join(out, 'none'),
  AWS_SHARED_CREDENTIALS_FILE: join(out, 'none'),
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  TABLE_NAME: 'users-api-bench',
  CURSOR_SECRET: 'bench-cursor-secret-'.padEnd(48, 'x'),
  NODE_OPTIONS: '--enable-source-maps',
  AWS_LAMBDA_FUNCTION_NAME: 'users-api-bench',
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '1024',
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
  AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
  LAMBDA_TASK_ROOT: out,
  DYNAMODB_ENDPOINT: stub.endpoint,
};
const envOf = (traced: boolean): Record<string, string> =>
  traced
    ? {
        ...baseEnv,
        _X_AMZN_TRACE_ID: 'Root=1-67890abc-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=0',
        AWS_XRAY_DAEMON_ADDRESS: '127.0.0.1:9',
        AWS_XRAY_CONTEXT_MISSING: 'IGNORE_ERROR',
      }
    : { ...baseEnv, POWERTOOLS_TRACE_ENABLED: 'false' };

const runs = Number(values.runs);
const warmRuns = Number(values['warm-runs']);
const rows: Record<string, unknown>[] = [];
interface ColdSamples {
  wall: number[];
  cpu: number[];
  requireCpu: number[];
  tracedWall: number[];
  tracedCpu: number[];
}
const probeResult = (out: string) =>
  JSON.parse(out.slice(out.indexOf(PROBE_MARKER) + PROBE_MARKER.length).split('\n')[0] as string) as {
    cpuMs: number;
    requireCpuMs: number;
    statuses: number[];
  };
const r2 = (x: number) => Math.round(x * 100) / 100;
try {
  for (const [label, node] of nodes) {
    const version = (await run(node, ['-p', 'process.version'], baseEnv)).out.trim();
    const cold = Object.fromEntries(
      variants.map((v) => [
        v.name,
        { wall: [], cpu: [], requireCpu: [], tracedWall: [], tracedCpu: [] } as ColdSamples,
      ]),
    );
    for (let i = 0; i < runs; i++) {
      for (const v of i % 2 ? [...variants].reverse() : variants) {
        const s = cold[v.name] as ColdSamples;
        const plain = await run(node, [v.probe, v.lambda], envOf(false));
        const p = probeResult(plain.out);
        if (p.statuses.join() !== '200,201') throw new Error(`${v.name}: ${p.statuses}`);
        s.wall.push(plain.wallMs);
        s.cpu.push(p.cpuMs);
        s.requireCpu.push(p.requireCpuMs);
        if (values.traced) {
          const traced = await run(node, [v.probe, v.lambda], envOf(true));
          s.tracedWall.push(traced.wallMs);
          s.tracedCpu.push(probeResult(traced.out).cpuMs);
        }
      }
    }
    const warm = Object.fromEntries(variants.map((v) => [v.name, [] as Record<string, number>[]]));
    for (let i = 0; i < warmRuns; i++) {
      for (const v of i % 2 ? [...variants].reverse() : variants) {
        const env = { ...envOf(false), BENCH_WARM_REQUESTS: values['warm-requests'] };
        const { message } = await run(node, [v.warm], env, true);
        warm[v.name]?.push(message as Record<string, number>);
      }
    }
    const first = variants[0]?.name as string;
    const med = (xs: number[]) => r2(median(xs));
    const warmMed = (name: string, key: string) => med((warm[name] ?? []).map((m) => m[key] as number));
    for (const v of variants) {
      const s = cold[v.name] as ColdSamples;
      const f = cold[first] as ColdSamples;
      const row: Record<string, unknown> = {
        node: `${label} (${version})`,
        variant: v.name,
        index_js_kb: r2(v.bytes / 1024),
        tracer_js_kb: r2(v.tracerBytes / 1024),
        require_cpu_ms: med(s.requireCpu),
        cold_wall_ms: med(s.wall),
        cold_cpu_ms: med(s.cpu),
        ...(values.traced ? { traced_wall_ms: med(s.tracedWall), traced_cpu_ms: med(s.tracedCpu) } : {}),
        health_us: warmMed(v.name, 'getHealth'),
        health_cpu_us: warmMed(v.name, 'getHealthCpu'),
        get_user_us: warmMed(v.name, 'getUser'),
        get_user_cpu_us: warmMed(v.name, 'getUserCpu'),
      };
      if (values.samples) row.samples = { requireCpu: s.requireCpu.map(r2), cpu: s.cpu.map(r2), wall: s.wall.map(r2) };
      row.ratios = [
        `require_cpu ${r2(median(s.requireCpu) / median(f.requireCpu))}`,
        `cold_wall ${r2(median(s.wall) / median(f.wall))}`,
        `cold_cpu ${r2(median(s.cpu) / median(f.cpu))}`,
        ...(values.traced ? [`traced_cpu ${r2(median(s.tracedCpu) / median(f.tracedCpu))}`] : []),
        `health_cpu ${r2(warmMed(v.name, 'getHealthCpu') / warmMed(first, 'getHealthCpu'))}`,
        `get_user_cpu ${r2(warmMed(v.name, 'getUserCpu') / warmMed(first, 'getUserCpu'))}`,
      ].join(', ');
      rows.push(row);
      console.log(JSON.stringify(row));
    }
  }
} finally {
  await stub.close();
}
console.table(rows);
