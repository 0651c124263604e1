// `npm run dev`: the stage comes up, restarts when a watched file changes and answers
// again, and stops cleanly. DynamoDB Local is the suite's own (DYNAMODB_ENDPOINT).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const watched = mkdtempSync(join(tmpdir(), 'dev-watch-'));
const dataDir = mkdtempSync(join(tmpdir(), 'dev-data-'));
let output = '';
let dev: ChildProcess | undefined;

/** Resolves with the n-th URL the stage announces ("listening on http://..."). */
function nthListening(n: number, timeoutMs = 90_000): Promise<string> {
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`no listening line #${n} in:\n${output}`)), timeoutMs);
    const check = () => {
      const urls = [...output.matchAll(/listening on (http:\/\/127\.0\.0\.1:\d+)/g)].map((m) => m[1] as string);
      if (urls.length >= n) {
        clearTimeout(timer);
        dev?.stdout?.off('data', check);
        ok(urls[n - 1] as string);
      }
    };
    dev?.stdout?.on('data', check);
    check();
  });
}

afterAll(() => {
  dev?.kill('SIGKILL');
  rmSync(watched, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('serves, restarts on a change to a watched file, serves again, and stops on SIGTERM', async () => {
    dev = spawn(process.execPath, ['--import', 'tsx', 'src/local/dev.ts'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: '0',
        DATA_DIR: dataDir,
        DEV_WATCH: watched,
        DYNAMODB_ENDPOINT: inject('dynamodbEndpoint'),
        TABLE_NAME: `dev-test-${process.pid}`,
        LOG_REQUESTS: 'false',
      },
    });
    dev.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    dev.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });

    const first = await nthListening(1);
    expect((await fetch(`${first}/health`)).status).toBe(200);

    writeFileSync(join(watched, 'handler.ts'), 'export {};\n');
    const second = await nthListening(2);

    expect(output).toContain('npm run dev: the code changed, restarting');
    expect((await fetch(`${second}/health`)).status).toBe(200);
    const exited = new Promise<number | null>((ok) => dev?.once('exit', (code) => ok(code)));
    dev.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 180_000);
});
