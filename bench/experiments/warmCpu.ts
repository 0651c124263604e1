// Warm CPU time per request of the Lambda entry against the peers, on the runtime's Node, with
// each batch timed by process.cpuUsage (BENCH_WARM_CLOCK=cpu): figures that hold on a loaded,
// shared machine. `npx tsx bench/experiments/warmCpu.ts [--rounds 5] [--requests 4000]`.
import { bundle, bundleDir, PEERS, peerNames } from '../build.js';
import { lambdaLikeEnv, median, type Variant } from '../cold.js';
import { lambdaNode } from '../lambdaNode.js';
import { warmRun } from '../warm.js';
import type { WarmResult } from '../warmHarness.js';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const rounds = arg('--rounds', 5);
const requests = arg('--requests', 4_000);

async function main(): Promise<void> {
  const node = lambdaNode({ quick: false });
  const dir = bundleDir();
  const ours = await bundle(dir, 'warm-lambda', 'bench/warmLambda.ts');
  const env = lambdaLikeEnv(dir, {
    AWS_LAMBDA_FUNCTION_NAME: 'users-api-bench',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
    POWERTOOLS_TRACE_ENABLED: 'false',
    BENCH_WARM_CLOCK: 'cpu',
  });
  const variants: Record<string, Variant> = {
    lambda: { bundle: ours.file, env },
    'lambda, DEBUG level': { bundle: ours.file, env: { ...env, POWERTOOLS_LOG_LEVEL: 'DEBUG' } },
    'lambda, silent': {
      bundle: ours.file,
      env: { ...env, POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true' },
    },
  };
  for (const name of peerNames) {
    variants[name] = { bundle: (await bundle(dir, `peer-${name}-warm`, PEERS[name].warm)).file, env };
  }
  const names = Object.keys(variants);
  const runs = Object.fromEntries(names.map((n) => [n, [] as WarmResult[]]));
  for (let i = 0; i < rounds; i++) {
    for (const name of i % 2 ? [...names].reverse() : names) {
      const v = variants[name] as Variant;
      runs[name]?.push(await warmRun(node.path, v.bundle, v.env, requests));
    }
  }
  console.log(`warm CPU µs per request, median of ${rounds} interleaved rounds, Node ${node.version}`);
  const best = Math.min(...peerNames.map((n) => median((runs[n] ?? []).map((r) => r.getUs))));
  console.log(`${'variant'.padEnd(28)}${'POST'.padStart(9)}${'GET'.padStart(9)}${'invalid'.padStart(9)}  GET/best`);
  for (const name of names) {
    const rs = runs[name] ?? [];
    const [post, get, invalid] = [rs.map((r) => r.postUs), rs.map((r) => r.getUs), rs.map((r) => r.invalidUs)].map(
      median,
    ) as [number, number, number];
    const cells = [post, get, invalid].map((x) => x.toFixed(1).padStart(9)).join('');
    console.log(`${name.padEnd(28)}${cells}  ${(get / best).toFixed(2)}`);
  }
}

void main();
