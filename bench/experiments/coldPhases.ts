// Where a cold start's CPU time goes, phase by phase (Node's boot, the require, the first GET
// /health, the first POST /users), for the Lambda asset, the floor with the POST's one SDK call and
// the peers, interleaved fresh processes on the runtime's Node against the bench's DynamoDB stub.
// CPU time, not wall time: it holds on a loaded machine. `npx tsx bench/experiments/coldPhases.ts [--runs 9]`
import { execFile } from 'node:child_process';
import { build } from 'esbuild';
import { lambdaEntry, lambdaEsbuildOptions, projectRoot } from '../../infra/bundling.js';
import { bundle, bundleDir, PEERS, peerNames } from '../build.js';
import { lambdaLikeEnv, median } from '../cold.js';
import { startDynamoDbStub } from '../dynamodbStub.js';
import { PROBE_MARKER } from '../events.js';
import { lambdaNode } from '../lambdaNode.js';
import { table } from '../report.js';

const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 9;
const PHASES = ['bootCpuMs', 'requireCpuMs', 'healthCpuMs', 'postCpuMs', 'cpuMs'] as const;
type Sample = Record<(typeof PHASES)[number], number> & { statuses: number[] };

function probe(node: string, probeFile: string, target: string, env: Record<string, string>): Promise<Sample> {
  return new Promise((ok, fail) =>
    execFile(node, [probeFile, target], { env }, (err, stdout) => {
      const line = stdout.split('\n').find((l) => l.startsWith(PROBE_MARKER));
      if (err || !line) fail(err ?? new Error(`no probe line: ${stdout}`));
      else ok(JSON.parse(line.slice(PROBE_MARKER.length)) as Sample);
    }),
  );
}

async function main(): Promise<void> {
  const node = lambdaNode({ quick: false });
  const dir = bundleDir();
  const stub = await startDynamoDbStub();
  const probeFile = `${dir}/probe/index.js`;
  await build({
    ...lambdaEsbuildOptions,
    absWorkingDir: projectRoot,
    entryPoints: ['bench/experiments/coldCpuProbe.ts'],
    outfile: probeFile,
    logLevel: 'error',
  });
  const targets: Record<string, string> = {
    lambda: (await bundle(dir, 'lambda', lambdaEntry)).file,
    "floor + the POST's SDK call": (await bundle(dir, 'floor-call', 'bench/floorCall.ts')).file,
    floor: (await bundle(dir, 'floor', 'bench/floor.ts')).file,
  };
  for (const name of peerNames) targets[name] = (await bundle(dir, `peer-${name}`, PEERS[name].entry)).file;
  const env = lambdaLikeEnv(dir, {
    AWS_LAMBDA_FUNCTION_NAME: 'users-api-bench',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    LAMBDA_TASK_ROOT: dir,
    POWERTOOLS_TRACE_ENABLED: 'false',
    DYNAMODB_ENDPOINT: stub.endpoint,
  });
  const names = Object.keys(targets);
  const samples = Object.fromEntries(names.map((n) => [n, [] as Sample[]]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const name of i % 2 ? [...names].reverse() : names) {
        samples[name]?.push(await probe(node.path, probeFile, targets[name] as string, env));
      }
    }
  } finally {
    await stub.close();
  }
  console.log(`cold start CPU ms by phase, median of ${runs} interleaved fresh processes, Node ${node.version}`);
  console.log(
    table([
      ['variant', 'boot', 'require', '1st GET', '1st POST', 'total', 'statuses'],
      ...names.map((n) => {
        const s = samples[n] ?? [];
        return [
          n,
          ...PHASES.map((p) => median(s.map((x) => x[p])).toFixed(1)),
          [...new Set(s.map((x) => x.statuses.join('/')))].join(' '),
        ];
      }),
    ]),
  );
}

void main();
