// `npm run dev`: the stage comes up, restarts when a watched file changes (also when the file
// is replaced, as `sed -i` and editors' safe-write do) and answers again, and stops cleanly.
// DynamoDB Local is the suite's own (DYNAMODB_ENDPOINT).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  it('serves, restarts on each change to a watched file, replaced or not, serves again, and stops on SIGTERM', async () => {
    mkdirSync(join(watched, 'handlers'));
    writeFileSync(join(watched, 'handlers', 'getHealth.ts'), '// version 2\nexport {};\n');
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

    // Node 20's recursive fs.watch goes deaf to a file once `sed -i` has replaced it.
    const replaced = join(watched, 'handlers', 'getHealth.ts');
    for (const n of [3, 4, 5]) {
      execFileSync('sed', ['-i', `s/version [0-9]*/version ${n}/`, replaced]);
      const url = await nthListening(n);
      expect((await fetch(`${url}/health`)).status).toBe(200);
    }
    expect(readFileSync(replaced, 'utf8')).toContain('version 5');
    expect(output.match(/the code changed, restarting/g)).toHaveLength(4);
    const exited = new Promise<number | null>((ok) => dev?.once('exit', (code) => ok(code)));
    dev.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 300_000);
});
