// `npm start` while it starts: its port answers at once with a 503 problem and Retry-After
// (DynamoDB Local's JVM, the table and the function are still on their way), never holding a
// request, and 200 once it is ready. Its own DynamoDB Local, in a temp data dir.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/local/dynamodbLocal.js';

const root = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'startup-'));
let stage: ChildProcess | undefined;

afterAll(async () => {
  if (stage && stage.exitCode === null) {
    const exited = new Promise((done) => stage?.once('exit', done));
    stage.kill('SIGTERM');
    await exited;
  }
  const left = spawnSync('pgrep', ['-f', join(dataDir, 'dynamodb')], { encoding: 'utf8' }).stdout;
  for (const pid of left.split('\n').filter(Boolean)) process.kill(Number(pid), 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start, while it starts', () => {
  it('answers 503 problems with Retry-After at once until it is ready, then 200', async () => {
    const port = await freePort();
    stage = spawn(process.execPath, ['--import', 'tsx', 'src/local/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_REQUESTS: 'false' },
      stdio: 'ignore',
    });
    const answers: { status: number; retryAfter: string | null; type: string | null; body: string }[] = [];
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && answers.at(-1)?.status !== 200) {
      const res = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
      if (res)
        answers.push({
          status: res.status,
          retryAfter: res.headers.get('retry-after'),
          type: res.headers.get('content-type'),
          body: await res.text(),
        });
      else await new Promise((r) => setTimeout(r, 20));
    }

    const starting = answers.filter((a) => a.status !== 200);
    expect(answers.at(-1)?.status).toBe(200);
    expect(starting.length).toBeGreaterThan(0);
    for (const answer of starting) {
      expect(answer).toMatchObject({ status: 503, retryAfter: '1', type: 'application/problem+json' });
      expect(JSON.parse(answer.body)).toMatchObject({ status: 503, detail: expect.stringMatching(/is starting/) });
    }
  }, 180_000);
});
