// Would shipping Node 24's portable compile cache in the Lambda asset pay? Builds the asset with
// infra/bundling.ts's options, warms a cache inside it, copies the asset to another path (as CDK's
// asset staging and Lambda's /var/task do), then measures cold starts there with and without the
// cache on the runtime's Node, and shows what happens when the cache does not match (another Node
// 24 build, a V8 flag, another user, a truncated file): every case must still answer.
//   npx tsx bench/experiments/compileCache.ts [--runs 15] [--other-node /path/to/another/node24]
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, readdirSync, rmSync, truncateSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { lambdaEntry, lambdaRuntime } from '../../infra/bundling.js';
import { bundle, bundleDir } from '../build.js';
import { type ColdSample, coldStart, lambdaLikeEnv, median } from '../cold.js';
import { startDynamoDbStub } from '../dynamodbStub.js';
import { PROBE_MARKER } from '../events.js';
import { lambdaNode } from '../lambdaNode.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const runs = Number(arg('--runs') ?? 15);
const otherNode = arg('--other-node');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const node = lambdaNode({ quick: false });
  console.log(`compile cache on Node ${node.version} (${node.source}); load average before ${load()}`);
  const dir = bundleDir();
  const stub = await startDynamoDbStub();
  try {
    const asset = join(dir, 'asset');
    await bundle(dir, 'asset', lambdaEntry);
    const probe = (await bundle(dir, 'probe', 'bench/coldProbe.ts')).file;
    const env = lambdaLikeEnv(dir, {
      AWS_LAMBDA_FUNCTION_NAME: 'users-api-bench',
      AWS_EXECUTION_ENV: `AWS_Lambda_${lambdaRuntime.name}`,
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      DYNAMODB_ENDPOINT: stub.endpoint,
      POWERTOOLS_TRACE_ENABLED: 'false',
      NODE_OPTIONS: '',
    });
    const withCache = (root: string, cache: string, portable: boolean) => ({
      ...env,
      NODE_COMPILE_CACHE: join(root, cache),
      ...(portable ? { NODE_COMPILE_CACHE_PORTABLE: '1' } : {}),
    });

    // Warm both kinds of cache at the build path: one cold start writes what it compiled at exit.
    await coldStart(node.path, probe, join(asset, 'index.js'), withCache(asset, '.cache-portable', true));
    await coldStart(node.path, probe, join(asset, 'index.js'), withCache(asset, '.cache-keyed', false));
    // The deployed copy lives elsewhere (cdk.out/asset.<hash>/, then /var/task): another path, another depth.
    const moved = join(dir, 'elsewhere', 'var', 'task');
    const pristine = join(dir, 'pristine');
    cpSync(asset, moved, { recursive: true });
    cpSync(asset, pristine, { recursive: true });
    const entries = readdirSync(join(pristine, '.cache-portable'), { recursive: true, withFileTypes: true });
    console.log(
      `portable cache: ${entries.filter((e) => e.isFile()).length} entries (the asset and the probe) in ${entries.find((e) => e.isDirectory())?.name}`,
    );

    const variants: Record<string, { root: string; env: Record<string, string> }> = {
      'no cache (as deployed today)': { root: moved, env },
      'portable cache, asset moved': { root: moved, env: withCache(moved, '.cache-portable', true) },
      'path-keyed cache, asset moved': { root: moved, env: withCache(moved, '.cache-keyed', false) },
      'portable cache, build path': { root: asset, env: withCache(asset, '.cache-portable', true) },
    };
    const samples: Record<string, ColdSample[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
    const names = Object.keys(variants);
    for (let i = 0; i < runs; i++) {
      for (const name of i % 2 ? [...names].reverse() : names) {
        const v = variants[name] as { root: string; env: Record<string, string> };
        // Each run starts from the cache as built: a miss writes entries at exit, which the next run would hit.
        for (const c of ['.cache-portable', '.cache-keyed']) {
          rmSync(join(v.root, c), { recursive: true, force: true });
          cpSync(join(pristine, c), join(v.root, c), { recursive: true });
        }
        samples[name]?.push(await coldStart(node.path, probe, join(v.root, 'index.js'), v.env));
      }
    }
    const base = median((samples[names[0] as string] ?? []).map((s) => s.loadMs));
    const baseWall = median((samples[names[0] as string] ?? []).map((s) => s.wallMs));
    console.log(`\ncold start on ${node.version}, median of ${runs} interleaved fresh processes`);
    console.log('variant                          require ms  ratio  cold ms  ratio  statuses');
    for (const name of names) {
      const s = samples[name] ?? [];
      const loadMs = median(s.map((x) => x.loadMs));
      const wall = median(s.map((x) => x.wallMs));
      const statuses = [...new Set(s.map((x) => x.statuses.join('/')))].join(' ');
      console.log(
        `${name.padEnd(32)} ${loadMs.toFixed(1).padStart(10)}  ${(loadMs / base).toFixed(2)}   ${wall.toFixed(1).padStart(6)}  ${(wall / baseWall).toFixed(2)}   ${statuses}`,
      );
    }

    // When the cache does not match: each run must answer 200/201 and exit 0; Node's own debug
    // log (NODE_DEBUG_NATIVE=COMPILE_CACHE) says whether the asset's entry was used.
    const damaged = join(dir, 'damaged');
    cpSync(join(pristine, '.cache-portable'), damaged, { recursive: true });
    for (const e of readdirSync(damaged, { recursive: true, withFileTypes: true })) {
      if (e.isFile()) truncateSync(join(e.parentPath, e.name), 100);
    }
    // Asynchronous: the probe's POST waits on this process's DynamoDB stub.
    const run = (cmd: string, args: string[], runEnv: Record<string, string>) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((ok) => {
        const child = spawn(cmd, args, { env: runEnv });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c: Buffer) => {
          stdout += c.toString();
        });
        child.stderr.on('data', (c: Buffer) => {
          stderr += c.toString();
        });
        child.once('close', (status) => ok({ status, stdout, stderr }));
      });
    const fallback = async (
      label: string,
      bin: string,
      extra: Record<string, string>,
      options: { as?: string[]; cache?: string; nodeArgs?: string[] } = {},
    ) => {
      rmSync(join(moved, '.cache-portable'), { recursive: true, force: true });
      cpSync(options.cache ?? join(pristine, '.cache-portable'), join(moved, '.cache-portable'), { recursive: true });
      const runEnv = { ...withCache(moved, '.cache-portable', true), NODE_DEBUG_NATIVE: 'COMPILE_CACHE', ...extra };
      const [cmd = bin, ...args] = [
        ...(options.as ?? []),
        bin,
        ...(options.nodeArgs ?? []),
        probe,
        join(moved, 'index.js'),
      ];
      const ran = await run(cmd, args, runEnv);
      const timings = ran.stdout.split(PROBE_MARKER)[1];
      const statuses = timings ? (JSON.parse(timings) as { statuses: number[] }).statuses.join('/') : 'none';
      // The asset's own entry (index.js): accepted, rejected, missing, or unreadable.
      const line = ran.stderr
        .split('\n')
        .find((l) => l.includes('var/task/index.js') && / was |no such file|failed|mismatch|reject/i.test(l));
      const failed = ran.status === 0 ? undefined : ran.stderr.split('\n').find((l) => /Error|denied/.test(l));
      const verdict =
        failed ?? line?.replace(/^\[compile cache\] /, '').replace(moved, '<asset>') ?? 'no entry looked up';
      return { label, code: ran.status, statuses, verdict };
    };
    chmodSync(dir, 0o755); // mkdtemp's 0700 would keep another user out of the asset itself
    const cases = [
      await fallback('matching build (control)', node.path, {}),
      await fallback('a V8 flag (--max-lazy)', node.path, {}, { nodeArgs: ['--max-lazy'] }),
      await fallback(
        'another user (nobody); cache directory not writable',
        node.path,
        {},
        {
          as: ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'],
        },
      ),
      await fallback('every cache file truncated to 100 bytes', node.path, {}, { cache: damaged }),
      ...(otherNode ? [await fallback(`another Node 24 build (${otherNode})`, otherNode, {})] : []),
    ];
    console.log('\nwhen the cache does not match (the portable cache, asset moved)');
    for (const c of cases) console.log(`${c.label.padEnd(54)} exit ${c.code}, answered ${c.statuses}; ${c.verdict}`);
    console.log(`load average after ${load()}`);
  } finally {
    await stub.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
