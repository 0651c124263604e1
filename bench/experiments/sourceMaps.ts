// What `--enable-source-maps` costs the Lambda asset at cold start on the runtime's Node: the
// asset built with infra/bundling.ts's options, with its map enabled, shipped but not enabled
// (prod), and without the map file at all; interleaved fresh processes.
//   npx tsx bench/experiments/sourceMaps.ts [--runs 15]
import { cpSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { lambdaEntry, lambdaRuntime } from '../../infra/bundling.js';
import { bundle, bundleDir } from '../build.js';
import { type ColdSample, coldStart, lambdaLikeEnv, median } from '../cold.js';
import { startDynamoDbStub } from '../dynamodbStub.js';
import { lambdaNode } from '../lambdaNode.js';

const i = process.argv.indexOf('--runs');
const runs = Number(i > 0 ? process.argv[i + 1] : 15);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const node = lambdaNode({ quick: false });
  console.log(`source maps on Node ${node.version} (${node.source}); load average before ${load()}`);
  const dir = bundleDir();
  const stub = await startDynamoDbStub();
  try {
    const asset = await bundle(dir, 'asset', lambdaEntry);
    const probe = (await bundle(dir, 'probe', 'bench/coldProbe.ts')).file;
    const bare = join(dir, 'no-map');
    cpSync(join(dir, 'asset'), bare, { recursive: true });
    rmSync(join(bare, 'index.js.map'));
    console.log(
      `index.js ${(asset.bytes / 1024).toFixed(1)} KB, index.js.map ${(statSync(`${asset.file}.map`).size / 1024).toFixed(1)} KB`,
    );
    const env = lambdaLikeEnv(dir, {
      AWS_LAMBDA_FUNCTION_NAME: 'users-api-bench',
      AWS_EXECUTION_ENV: `AWS_Lambda_${lambdaRuntime.name}`,
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      DYNAMODB_ENDPOINT: stub.endpoint,
      POWERTOOLS_TRACE_ENABLED: 'false',
    });
    const { NODE_OPTIONS: _, ...off } = env;
    const on = { ...off, NODE_OPTIONS: '--enable-source-maps' };
    const variants: Record<string, [string, Record<string, string>]> = {
      'map in the asset, not enabled (prod)': [asset.file, off],
      'map in the asset, enabled (dev)': [asset.file, on],
      'no map file, not enabled': [join(bare, 'index.js'), off],
    };
    const names = Object.keys(variants);
    const samples: Record<string, ColdSample[]> = Object.fromEntries(names.map((n) => [n, []]));
    for (let r = 0; r < runs; r++) {
      for (const name of r % 2 ? [...names].reverse() : names) {
        const [file, e] = variants[name] as [string, Record<string, string>];
        samples[name]?.push(await coldStart(node.path, probe, file, e));
      }
    }
    const first = samples[names[0] as string] ?? [];
    const baseLoad = median(first.map((s) => s.loadMs));
    const baseWall = median(first.map((s) => s.wallMs));
    console.log(`\ncold start on ${node.version}, median of ${runs} interleaved fresh processes`);
    console.log('variant                                require ms  ratio  cold ms  ratio  statuses');
    for (const name of names) {
      const s = samples[name] ?? [];
      const l = median(s.map((x) => x.loadMs));
      const w = median(s.map((x) => x.wallMs));
      const statuses = [...new Set(s.map((x) => x.statuses.join('/')))].join(' ');
      console.log(
        `${name.padEnd(38)} ${l.toFixed(1).padStart(10)}  ${(l / baseLoad).toFixed(2)}   ${w.toFixed(1).padStart(6)}  ${(w / baseWall).toFixed(2)}   ${statuses}`,
      );
    }
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
