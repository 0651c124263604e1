// The running stage is discoverable: <DATA_DIR>/stage.json names its URL, port, data dir and
// issuer key while it runs; `npm run seed` and `npm run token` find it there, and say so when
// the key they sign with is not the one it verifies with.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadLocalIssuer } from '../../src/local/issuer.js';
import { type RunningGateway, startGateway } from '../support/gateway.js';

const root = resolve(import.meta.dirname, '../..');
const otherDataDir = mkdtempSync(join(tmpdir(), 'other-data-'));
let stage: RunningGateway;

/** Runs a local tool with DATA_DIR and no API_URL or PORT, as a developer types it. */
function tool(script: 'seed' | 'token', dataDir: string, args: string[] = []) {
  const { API_URL, PORT, ...env } = process.env;
  return promisify(execFile)(process.execPath, ['--import', 'tsx', `src/local/${script}.ts`, ...args], {
    cwd: root,
    env: { ...env, DATA_DIR: dataDir },
  });
}

beforeAll(async () => {
  stage = await startGateway({ DYNAMODB_ENDPOINT: inject('dynamodbEndpoint'), TABLE_NAME: `state-${process.pid}` });
}, 120_000);

afterAll(async () => {
  await stage?.stop();
  rmSync(otherDataDir, { recursive: true, force: true });
});

describe('the stage state file', () => {
  it('names the URL, port, data dir and key id of the running stage', async () => {
    const state = JSON.parse(readFileSync(join(stage.dataDir, 'stage.json'), 'utf8'));

    expect(state).toEqual({
      url: stage.baseUrl,
      port: Number(new URL(stage.baseUrl).port),
      dataDir: stage.dataDir,
      kid: (await loadLocalIssuer(stage.dataDir)).kid,
      pid: stage.process.pid,
    });
  });

  it('lets npm run seed find the stage on its own port with no API_URL or PORT', async () => {
    const { stdout, stderr } = await tool('seed', stage.dataDir);

    expect(stdout).toContain('user ada@example.com: created');
    expect(stderr).toBe('');
  }, 60_000);

  it('has npm run token say nothing when its key is the running stage’s', async () => {
    const { stdout, stderr } = await tool('token', stage.dataDir, ['--sub', 'alice']);
    const res = await fetch(`${stage.baseUrl}/items`, { headers: { authorization: `Bearer ${stdout.trim()}` } });

    expect(stderr).toBe('');
    expect(res.status).toBe(200);
  });

  it('has npm run token warn that no stage runs on another DATA_DIR, whose key the stage answers 401', async () => {
    const { stdout, stderr } = await tool('token', otherDataDir, ['--sub', 'alice']);
    const res = await fetch(`${stage.baseUrl}/items`, { headers: { authorization: `Bearer ${stdout.trim()}` } });

    expect(stderr).toContain(`npm run token: no stage runs on DATA_DIR ${otherDataDir}`);
    expect(res.status).toBe(401);
  });

  it('has npm run token warn when the key in the data dir was replaced after the stage started', async () => {
    const keyFile = join(stage.dataDir, 'local-issuer', 'private-key.jwk.json');
    const started = JSON.parse(readFileSync(join(stage.dataDir, 'stage.json'), 'utf8')).kid;
    rmSync(keyFile);

    const { stderr } = await tool('token', stage.dataDir, ['--sub', 'alice']);

    expect(stderr).toMatch(new RegExp(`is not the one the running stage verifies with \\(kid ${started}\\)`));
  });

  it('names the URL seed tried when nothing answers there', async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/local/seed.ts'], {
      cwd: root,
      env: { ...process.env, API_URL: 'http://127.0.0.1:9', DATA_DIR: otherDataDir },
    });

    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no answer from http://127.0.0.1:9: is `npm start` running there?'),
    });
  });

  it('is removed when the stage stops', async () => {
    expect(await stage.stop()).toBe(0);
    expect(existsSync(join(stage.dataDir, 'stage.json'))).toBe(false);
  });
});
