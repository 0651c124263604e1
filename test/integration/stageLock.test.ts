// One stage per data dir: a second `npm start` on it refuses, naming the PID that holds it,
// and a stage killed with SIGKILL leaves no DynamoDB Local behind once the next one starts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { type RunningGateway, startGateway } from '../support/gateway.js';

const stages: RunningGateway[] = [];
const dirs: string[] = [];

/** PIDs of the DynamoDB Local JVMs running on `dataDir` (other suites' JVMs are left alone). */
function jvmsOn(dataDir: string): number[] {
  const out = spawnSync('pgrep', ['-f', `DynamoDBLocal.jar.*${join(dataDir, 'dynamodb')}`], { encoding: 'utf8' });
  return out.stdout.split('\n').filter(Boolean).map(Number);
}

const running = (pid: number) => spawnSync('ps', ['-p', String(pid)]).status === 0;

function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stage-lock-'));
  dirs.push(dir);
  return dir;
}

async function start(env: Record<string, string>): Promise<RunningGateway> {
  const stage = await startGateway(env, 120_000);
  stages.push(stage);
  return stage;
}

afterEach(async () => {
  for (const stage of stages.splice(0)) await stage.stop();
  for (const dir of dirs.splice(0)) {
    for (const pid of jvmsOn(dir)) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('the data dir lock', () => {
  it('refuses a second stage on the same data dir in one sentence naming the PID that holds it', async () => {
    const dataDir = tempDataDir();
    const first = await start({ DATA_DIR: dataDir, DYNAMODB_ENDPOINT: inject('dynamodbEndpoint') });

    const second = startGateway({ DATA_DIR: dataDir, DYNAMODB_ENDPOINT: inject('dynamodbEndpoint') });

    await expect(second).rejects.toThrow(
      new RegExp(`npm start: ${dataDir} is in use by the local stage with PID ${first.process.pid}: `),
    );
    expect((await fetch(`${first.baseUrl}/health`)).status).toBe(200);
  }, 120_000);

  it('stops the DynamoDB Local of a stage killed with SIGKILL when the next stage starts on its data dir', async () => {
    const dataDir = tempDataDir();
    const killed = await start({ DATA_DIR: dataDir });
    const { jvmPid } = JSON.parse(readFileSync(join(dataDir, 'stage.lock'), 'utf8')) as { jvmPid: number };
    expect(jvmsOn(dataDir)).toEqual([jvmPid]);

    killed.process.kill('SIGKILL');
    await new Promise((done) => killed.process.once('exit', done));
    expect(running(jvmPid)).toBe(true); // orphaned: nothing ran in the killed process
    const next = await start({ DATA_DIR: dataDir });

    expect(running(jvmPid)).toBe(false);
    expect(next.output()).toContain(`Stopping DynamoDB Local (PID ${jvmPid})`);
    expect(jvmsOn(dataDir)).toHaveLength(1);
    expect((await fetch(`${next.baseUrl}/health`)).status).toBe(200);
    expect(await next.stop()).toBe(0);
    expect(jvmsOn(dataDir)).toEqual([]);
  }, 240_000);
});
