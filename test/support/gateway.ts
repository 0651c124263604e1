// Starts the real local gateway (`src/local/main.ts`) as a child process, the way
// `npm start` does, on a free port with its own data directory.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningGateway {
  baseUrl: string;
  /** Its DATA_DIR: DynamoDB Local's data and the local token issuer's key. */
  dataDir: string;
  process: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** SIGTERM, then wait for exit; resolves with the exit code. */
  stop(): Promise<number | null>;
}

const root = resolve(import.meta.dirname, '../..');
const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;

/** Runs `src/local/main.ts [args]` with `env` added; resolves once it listens, rejects if it exits first. */
export function startGateway(
  env: Record<string, string> = {},
  timeoutMs = 60_000,
  args: string[] = [],
): Promise<RunningGateway> {
  const ownDataDir = env.DATA_DIR === undefined ? mkdtempSync(join(tmpdir(), 'users-api-')) : undefined;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/local/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, PORT: '0', LOG_REQUESTS: 'false', ...(ownDataDir ? { DATA_DIR: ownDataDir } : {}), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const code = await exited;
    if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    return code;
  };
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => {
      void stop();
      fail(new Error(`gateway did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = () => {
      const match = LISTENING.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      const dataDir = ownDataDir ?? (env.DATA_DIR as string);
      ok({ baseUrl: match[1], dataDir, process: child, output: () => output, stop });
    };
    child.stdout?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`gateway exited with ${code} before listening:\n${output}`));
    });
  });
}
