// `npm run bench -- --profile`: where the time goes, per npm package. Runs a cold start and a
// warm loop under V8's sampling profiler and maps each sample back to its source through the
// bundle's source map, so the figures are for the minified artifact itself.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function run(args: string[], env: Record<string, string>, stdio: 'ipc' | 'pipe'): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, {
      env,
      stdio: stdio === 'ipc' ? ['ignore', 'ignore', 'inherit', 'ipc'] : ['ignore', 'ignore', 'inherit'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.once('error', fail);
    child.once('close', (code) => {
      clearTimeout(timer);
      if (code === 0) ok();
      else fail(new Error(`profiled run of ${args.at(-1)} exited with ${code}`));
    });
  });
}

/** What a bundle position came from: an npm package, a project file, or Node itself. */
function owner(frame: ProfileNode['callFrame'], bundles: Map<string, SourceMap>): string {
  const map = bundles.get(frame.url.replace(/^file:\/\//, ''));
  if (!map) {
    if (frame.url === '') return frame.functionName.startsWith('(') ? frame.functionName : 'node (native)';
    return frame.url.startsWith('node:') ? 'node (built-in)' : 'node (internal)';
  }
  const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
  const source = 'originalSource' in entry ? entry.originalSource : '';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg) return pkg;
  return /(?:src|generated|bench|infra)\/.*$/.exec(source)?.[0] ?? 'bundle (unmapped)';
}

/** Self time per owner, in percent of all samples, largest first. */
function selfTimeByOwner(profile: CpuProfile, bundles: Map<string, SourceMap>, top: number): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    const name = owner(node.callFrame, bundles);
    totals.set(name, (totals.get(name) ?? 0) + dt);
    all += dt;
  });
  return [...totals]
    .map(([name, t]): [string, number] => [name, (100 * t) / all])
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
}

function readProfile(dir: string): CpuProfile {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
}

const sourceMapOf = (bundle: string) => new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));

export async function profile(options: {
  workDir: string;
  env: Record<string, string>;
  probe: string;
  lambda: string;
  warmLambda: string;
  warmRequests: number;
}): Promise<{ cold: [string, number][]; warm: [string, number][] }> {
  const coldDir = mkdtempSync(join(options.workDir, 'profile-cold-'));
  const warmDir = mkdtempSync(join(options.workDir, 'profile-warm-'));
  // A fine interval for the short cold start; the default one for the long warm loop.
  const cpuProf = (dir: string, interval: number) => [
    '--cpu-prof',
    `--cpu-prof-dir=${dir}`,
    `--cpu-prof-interval=${interval}`,
  ];
  await run([...cpuProf(coldDir, 100), options.probe, options.lambda], options.env, 'pipe');
  await run(
    [...cpuProf(warmDir, 1000), options.warmLambda],
    { ...options.env, BENCH_WARM_REQUESTS: String(options.warmRequests) },
    'ipc',
  );
  return {
    cold: selfTimeByOwner(
      readProfile(coldDir),
      new Map([options.lambda, options.probe].map((bundle) => [bundle, sourceMapOf(bundle)])),
      14,
    ),
    warm: selfTimeByOwner(readProfile(warmDir), new Map([[options.warmLambda, sourceMapOf(options.warmLambda)]]), 14),
  };
}
