// Runs the contract suite (test/contract, Vitest project `contract`) against the stage as a
// child process, with the temporary accounts' tokens, streaming its output and its
// operation × status table through the progress printer. Under a WAF rate rule the child
// paces its own requests (test/contract/pacing.ts), one test file at a time.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PACE_COUNT_ENV, PACE_ENV } from './pacing.js';
import type { Progress } from './progress.js';

export interface ContractRun {
  baseUrl: string;
  adminToken: string;
  userToken: string;
  /** Tags the users the suite makes (its emails start with it). */
  emailPrefix: string;
  /** The run's API key, on a stage that requires one: the suite sends it on every request. */
  apiKey?: string | undefined;
  progress: Progress;
  signal?: AbortSignal | undefined;
  /** The least time between two requests' starts, under the stage's WAF rate rule; none: unpaced. */
  paceIntervalMs?: number | undefined;
}

export interface ContractResult {
  /** The suite's exit code (non-zero: a case failed; killed on abort). */
  code: number;
  /** Requests the suite sent the stage (counted by its pacing; 0 when unpaced). */
  requests: number;
}

const root = resolve(import.meta.dirname, '../..');
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

/**
 * The environment of the child: ours, without a surrounding Vitest's own variables, plus the
 * target; colours only when verify prints to a terminal (logs get plain text).
 */
function childEnv(run: ContractRun, countFile: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('VITEST') && k !== 'FORCE_COLOR' && k !== 'API_KEY' && k !== PACE_ENV,
    ),
  );
  return {
    ...env,
    ...(process.stdout.isTTY ? {} : { NO_COLOR: '1' }),
    API_BASE_URL: run.baseUrl.replace(/\/+$/, ''),
    API_TOKEN: run.adminToken,
    API_USER_TOKEN: run.userToken,
    API_EMAIL_PREFIX: run.emailPrefix,
    ...(run.apiKey === undefined ? {} : { API_KEY: run.apiKey }),
    ...(run.paceIntervalMs === undefined
      ? {}
      : { [PACE_ENV]: String(run.paceIntervalMs), [PACE_COUNT_ENV]: countFile }),
  };
}

/** The child's count file: a line per test file it ran. */
function countIn(file: string): number {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .reduce((sum, n) => sum + Number(n), 0);
  } catch {
    return 0;
  }
}

export function runContractSuite(run: ContractRun): Promise<ContractResult> {
  const dir = mkdtempSync(join(tmpdir(), 'users-api-verify-pace-'));
  const countFile = join(dir, 'requests');
  // Paced, the test files run one after the other: each file's pacer alone holds the pace.
  const paced = run.paceIntervalMs === undefined ? [] : ['--no-file-parallelism'];
  const child = spawn(process.execPath, [vitest, 'run', '--project', 'contract', ...paced], {
    cwd: root,
    env: childEnv(run, countFile),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = run.progress.stream();
  child.stdout.setEncoding('utf8').on('data', out.write);
  child.stderr.setEncoding('utf8').on('data', out.write);
  const stop = () => child.kill('SIGTERM');
  run.signal?.addEventListener('abort', stop, { once: true });
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (code, signal) => {
      run.signal?.removeEventListener('abort', stop);
      out.end();
      const requests = countIn(countFile);
      rmSync(dir, { recursive: true, force: true });
      done({ code: code ?? (signal ? 128 : 1), requests });
    });
  });
}
