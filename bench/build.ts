// Builds what the benchmark runs, all with the Lambda asset's esbuild options (infra/bundling.ts):
// the asset itself, the floors, the peers (bench/peers/), the warm-loop entries and the probes.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildOptions, build, type Metafile } from 'esbuild';
import { lambdaEntry, lambdaEsbuildOptions, projectRoot, tracerEntry, tracerFile } from '../infra/bundling.js';

export interface Bundle {
  file: string;
  bytes: number;
  metafile: Metafile;
}

export interface Built {
  dir: string;
  /** index.js of the asset; its tracer.js (loaded only when tracing is on) is `tracer`, beside it. */
  lambda: Bundle;
  tracer: Bundle;
  floor: Bundle;
  floorCall: Bundle;
  warmLambda: Bundle;
  /** Every operation warm, through the Lambda entry (bench/warmOperations.ts). */
  warmOperations: Bundle;
  warmFloor: Bundle;
  probe: Bundle;
  check: Bundle;
  /** The peers' Lambda entries and warm-loop entries, and the probe comparing answers. */
  peers: Record<PeerName, { lambda: Bundle; warm: Bundle }>;
  answers: Bundle;
  /** The bare node:http server the local gateway is compared with. */
  rawHealth: Bundle;
  remove(): void;
}

export const PEERS = {
  hono: { label: 'Hono + @hono/zod-openapi', entry: 'bench/peers/hono.ts', warm: 'bench/peers/warmHono.ts' },
  powertools: {
    label: 'Powertools event handler + zod',
    entry: 'bench/peers/powertools.ts',
    warm: 'bench/peers/warmPowertools.ts',
  },
} as const;
export type PeerName = keyof typeof PEERS;
export const peerNames = Object.keys(PEERS) as PeerName[];

/** Bundles `entry` into `<dir>/<name>/<file>`; `levers` replace some of the asset's options (experiments/levers.ts). */
export async function bundle(
  dir: string,
  name: string,
  entry: string,
  levers: Pick<BuildOptions, 'alias' | 'mainFields'> = {},
  fileName = 'index.js',
): Promise<Bundle> {
  const file = join(dir, name, fileName);
  const result = await build({
    ...lambdaEsbuildOptions,
    ...levers,
    absWorkingDir: projectRoot,
    entryPoints: [entry],
    outfile: file,
    metafile: true,
    logLevel: 'error',
  });
  return { file, bytes: statSync(file).size, metafile: result.metafile };
}

/** A fresh directory for bundles, outside the project: they are CommonJS, as in the Lambda asset. */
export function bundleDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'users-api-bench-'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  return dir;
}

export async function buildAll(): Promise<Built> {
  const dir = bundleDir();
  const [lambda, tracer, floor, floorCall, warmLambda, warmOperations, warmFloor, probe, check, answers, rawHealth] =
    await Promise.all([
      bundle(dir, 'lambda', lambdaEntry),
      bundle(dir, 'lambda', tracerEntry, {}, tracerFile),
      bundle(dir, 'floor', 'bench/floor.ts'),
      bundle(dir, 'floor-call', 'bench/floorCall.ts'),
      bundle(dir, 'warm-lambda', 'bench/warmLambda.ts'),
      bundle(dir, 'warm-operations', 'bench/warmOperations.ts'),
      bundle(dir, 'warm-floor', 'bench/warmFloor.ts'),
      bundle(dir, 'probe', 'bench/coldProbe.ts'),
      bundle(dir, 'check', 'bench/artifactCheck.ts'),
      bundle(dir, 'answers', 'bench/peers/answers.ts'),
      bundle(dir, 'raw-health', 'bench/rawHealthServer.ts'),
    ]);
  const peers = {} as Built['peers'];
  for (const name of peerNames) {
    const [peerLambda, peerWarm] = await Promise.all([
      bundle(dir, `peer-${name}`, PEERS[name].entry),
      bundle(dir, `peer-${name}-warm`, PEERS[name].warm),
    ]);
    peers[name] = { lambda: peerLambda, warm: peerWarm };
  }
  const remove = () => rmSync(dir, { recursive: true, force: true });
  return {
    dir,
    lambda,
    tracer,
    floor,
    floorCall,
    warmLambda,
    warmOperations,
    warmFloor,
    probe,
    check,
    peers,
    answers,
    rawHealth,
    remove,
  };
}

/** Bytes in the bundle per npm package (or project file), largest first. */
export function bytesByPackage(metafile: Metafile, top = 12): [string, number][] {
  const sizes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input;
      sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...sizes].sort((a, b) => b[1] - a[1]).slice(0, top);
}
