// `npm run bench -- --profile`: where the time goes, per npm package, in milliseconds of self
// time. Runs cold starts and warm loops (ours and the peers') under V8's sampling profiler and
// maps each sample back to its source through the bundle's source map, so the figures are for the
// minified artifacts themselves; unbundled code (the local gateway under tsx) maps by its path.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
/** Self time per owner (package or project file), in ms, largest first; and the profile's total. */
export interface SelfTimes {
  totalMs: number;
  rows: [string, number][];
}

function run(node: string, args: string[], env: Record<string, string>, stdio: 'ipc' | 'pipe'): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(node, args, {
      env,
      stdio: stdio === 'ipc' ? ['ignore', 'ignore', 'inherit', 'ipc'] : ['ignore', 'ignore', 'inherit'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
    child.once('error', fail);
    child.once('close', (code) => {
      clearTimeout(timer);
      if (code === 0) ok();
      else fail(new Error(`profiled run of ${args.at(-1)} exited with ${code}`));
    });
  });
}

const packageOf = (path: string) =>
  /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? /(?:src|generated|bench|infra|test)\/.*$/.exec(path)?.[0];

/** What a position came from: an npm package, a project file, or Node itself. */
function owner(frame: ProfileNode['callFrame'], bundles: Map<string, SourceMap>): string {
  const url = frame.url.replace(/^file:\/\//, '');
  const map = bundles.get(url);
  if (!map) {
    if (frame.url === '') return frame.functionName.startsWith('(') ? frame.functionName : 'node (native)';
    if (frame.url.startsWith('node:')) return 'node (built-in)';
    return (frame.url.startsWith('file:') && packageOf(url)) || 'node (internal)';
  }
  const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
  const source = 'originalSource' in entry ? entry.originalSource : '';
  return packageOf(source) ?? 'bundle (unmapped)';
}

export function selfTimes(profile: CpuProfile, bundles: Map<string, SourceMap>, top = 14): SelfTimes {
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
  const rows = [...totals]
    .map(([name, us]): [string, number] => [name, us / 1000])
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  return { totalMs: all / 1000, rows };
}

export function readProfile(dir: string): CpuProfile {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
}

const sourceMapOf = (bundle: string) => new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
const maps = (...bundles: string[]) => new Map(bundles.map((b) => [b, sourceMapOf(b)]));

/** One cold start of `bundle` through the probe on `node`, sampled every 100 µs. */
export async function profileCold(
  node: string,
  workDir: string,
  env: Record<string, string>,
  probe: string,
  bundle: string,
) {
  const dir = mkdtempSync(join(workDir, 'profile-cold-'));
  await run(node, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=100', probe, bundle], env, 'pipe');
  return selfTimes(readProfile(dir), maps(bundle, probe));
}

/** One warm loop (POST, GET, invalid POST) of a warm entry on `node`, sampled every 1 ms. */
export async function profileWarm(
  node: string,
  workDir: string,
  env: Record<string, string>,
  warmBundle: string,
  requests: number,
) {
  const dir = mkdtempSync(join(workDir, 'profile-warm-'));
  await run(
    node,
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=1000', warmBundle],
    { ...env, BENCH_WARM_REQUESTS: String(requests) },
    'ipc',
  );
  return selfTimes(readProfile(dir), maps(warmBundle));
}
