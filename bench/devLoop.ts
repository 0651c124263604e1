// The developer's loop, timed as a developer lives it: `npm start` until the first request is
// answered (the gateway, DynamoDB Local's JVM, the table, the Lambda entry's load), on a fresh
// data dir and again on the same one (warm), and the wall time of `npm test` (opt-in: it runs every test project).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../src/local/dynamodbLocal.js';

/** npm as `npm run bench` was started with, else the one on PATH; no update check (it would reach the registry). */
function npm(script: string, env: Record<string, string>): ChildProcess {
  const cli = process.env.npm_execpath;
  const [command, args] = cli?.endsWith('.js') ? [process.execPath, [cli, script]] : ['npm', [script]];
  return spawn(command, args, {
    env: { ...process.env, npm_config_update_notifier: 'false', ...env },
    // Its own process group, so that stopping it stops npm's children too (tsx, Node, the JVM).
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Whether any process of the group `pgid` is still alive. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops `child`'s process group and waits until every process of it is gone (npm exits before
 * the stage it started has stopped DynamoDB Local and released the data dir's lock); SIGKILL after 10 s.
 */
async function stopGroup(child: ChildProcess): Promise<void> {
  const pgid = child.pid;
  if (pgid === undefined || !groupAlive(pgid)) return;
  process.kill(-pgid, 'SIGTERM');
  const deadline = performance.now() + 10_000;
  while (groupAlive(pgid) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
}

export interface StartTiming {
  firstAnswerMs: number;
  bannerMs: number;
}

/** Milliseconds from `npm start` on `dataDir` to the first answered GET /health (200), and to its banner. */
async function timeNpmStartOn(dataDir: string, timeoutMs: number): Promise<StartTiming> {
  const port = await freePort();
  const started = performance.now();
  const child = npm('start', { PORT: String(port), DATA_DIR: dataDir, LOG_REQUESTS: 'false' });
  let output = '';
  let bannerMs = Number.NaN;
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    if (Number.isNaN(bannerMs) && output.includes('listening on')) bannerMs = performance.now() - started;
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  try {
    while (performance.now() - started < timeoutMs) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
      const answered = await fetch(`http://127.0.0.1:${port}/health`).then(
        (res) => res.status === 200,
        () => false,
      );
      if (answered) return { firstAnswerMs: performance.now() - started, bannerMs };
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`npm start answered nothing in ${timeoutMs} ms:\n${output}`);
  } finally {
    await stopGroup(child);
  }
}

/**
 * `npm start` on a fresh data dir (key, cursor secret and table made), then again on the same
 * one (warm: what every later start costs).
 */
export async function timeNpmStart(timeoutMs = 120_000): Promise<{ fresh: StartTiming; warm: StartTiming }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'users-api-loop-'));
  try {
    const fresh = await timeNpmStartOn(dataDir, timeoutMs);
    const warm = await timeNpmStartOn(dataDir, timeoutMs);
    return { fresh, warm };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Seconds of wall time of `npm test`, and whether it passed. */
export async function timeNpmTest(timeoutMs = 3_600_000): Promise<{ seconds: number; passed: boolean }> {
  const started = performance.now();
  const child = npm('test', {});
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const timer = setTimeout(() => void stopGroup(child), timeoutMs);
  const code = await new Promise<number | null>((done) => child.once('exit', (c) => done(c)));
  clearTimeout(timer);
  if (code !== 0) console.error(`npm test exited with ${code}; its last output:\n${tail}`);
  return { seconds: (performance.now() - started) / 1000, passed: code === 0 };
}
