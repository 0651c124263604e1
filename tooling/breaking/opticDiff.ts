// Runs Optic's CLI (`optic diff --check`) on two spec files with its breaking-changes
// ruleset, offline: telemetry and the update check off, nothing uploaded.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const opticCli = join(dirname(require.resolve('@useoptic/optic/package.json')), 'build/index.js');
export const opticRuleset = fileURLToPath(new URL('optic-ruleset.yml', import.meta.url));

/**
 * OPTIC_TELEMETRY_LEVEL=off turns off Optic's Sentry and Segment clients; NO_UPDATE_NOTIFIER
 * stops update-notifier asking the npm registry for a newer version; NO_COLOR keeps the
 * report plain text.
 */
export const opticEnv = { OPTIC_TELEMETRY_LEVEL: 'off', NO_UPDATE_NOTIFIER: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

export interface OpticResult {
  /** 0: no breaking change (or a major version raise); 1: at least one. */
  readonly status: number | null;
  /** Optic's report: each changed operation, each failed check as `x [rule name] message`. */
  readonly report: string;
}

export function diffSpecs(baseFile: string, headFile: string): OpticResult {
  const run = spawnSync(
    process.execPath,
    [opticCli, 'diff', baseFile, headFile, '--check', '--standard', opticRuleset, '--severity', 'error'],
    // Optic resolves the ruleset's local rules (./rules/...) from its working directory.
    { cwd: dirname(opticRuleset), env: { ...process.env, ...opticEnv }, encoding: 'utf8', timeout: 300_000 },
  );
  if (run.error) throw run.error;
  return { status: run.status, report: `${run.stdout}${run.stderr}`.trimEnd() };
}

/** The failed checks of a report by operation (`GET /path`): the rule names in brackets. */
export function failedChecks(report: string): Map<string, string[]> {
  const byOperation = new Map<string, string[]>();
  let operation: string | undefined;
  for (const line of report.split('\n')) {
    const header = /^[x✔] ([A-Z]+ \/\S*):/.exec(line);
    if (header) {
      operation = header[1] as string;
      byOperation.set(operation, []);
      continue;
    }
    const failure = /^\s*x \[([^\]]+)\]/.exec(line);
    if (failure && operation) byOperation.get(operation)?.push(failure[1] as string);
  }
  return byOperation;
}
