// Runs the contract suite (test/contract, Vitest project `contract`) against the stage as a
// child process, with the temporary accounts' tokens, streaming its output and its
// operation × status table through the progress printer.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
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
}

const root = resolve(import.meta.dirname, '../..');
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

/**
 * The environment of the child: ours, without a surrounding Vitest's own variables, plus the
 * target; colours only when verify prints to a terminal (logs get plain text).
 */
function childEnv(run: ContractRun): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'FORCE_COLOR' && k !== 'API_KEY'),
  );
  return {
    ...env,
    ...(process.stdout.isTTY ? {} : { NO_COLOR: '1' }),
    API_BASE_URL: run.baseUrl.replace(/\/+$/, ''),
    API_TOKEN: run.adminToken,
    API_USER_TOKEN: run.userToken,
    API_EMAIL_PREFIX: run.emailPrefix,
    ...(run.apiKey === undefined ? {} : { API_KEY: run.apiKey }),
  };
}

/** Resolves with the suite's exit code (non-zero: a case failed; killed on abort). */
export function runContractSuite(run: ContractRun): Promise<number> {
  const child = spawn(process.execPath, [vitest, 'run', '--project', 'contract'], {
    cwd: root,
    env: childEnv(run),
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
      done(code ?? (signal ? 128 : 1));
    });
  });
}
