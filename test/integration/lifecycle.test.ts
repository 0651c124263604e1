// `npm start` as a user meets it: data that survives restarts, a clean stop,
// one-line errors when Java is missing or the port is taken, DYNAMODB_ENDPOINT,
// and 503 with Retry-After when DynamoDB is unreachable.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../src/local/dynamodbLocal.js';
import { startGateway } from '../support/gateway.js';
import { uniqueEmail, withToken } from '../support/http.js';
import { adminToken } from '../support/tokens.js';

const canConnect = (port: number) =>
  new Promise<boolean>((ok) => {
    const socket = new Socket();
    socket.once('connect', () => ok(socket.destroy() !== undefined));
    socket.once('error', () => ok(false));
    socket.connect(port, '127.0.0.1');
  });

const runToExit = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/local/main.ts'], {
    env: { ...process.env, LOG_REQUESTS: 'false', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('local gateway lifecycle', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'users-api-persist-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps data under DATA_DIR across restarts and stops DynamoDB Local on SIGTERM', async () => {
    const first = await startGateway({ DATA_DIR: dataDir });
    const call = withToken(await adminToken(dataDir));
    const created = await call(first.baseUrl, 'POST', '/users', { json: { name: 'Persistent', email: uniqueEmail() } });
    const dbPort = Number(/DynamoDB Local on http:\/\/127\.0\.0\.1:(\d+)/.exec(first.output())?.[1]);
    const firstCode = await first.stop();

    expect(firstCode).toBe(0);
    expect(await canConnect(dbPort)).toBe(false);

    const second = await startGateway({ DATA_DIR: dataDir });
    try {
      // The issuer's key survives the restart too, so the token is still good.
      const res = await call(second.baseUrl, 'GET', `/users/${created.body.userId}`);
      expect(res.status).toBe(200);
      expect(res.body.name).toBe('Persistent');
      expect(second.output()).toContain('exists');
    } finally {
      await second.stop();
    }
  }, 180_000); // two starts of DynamoDB Local: slow on a loaded machine

  it('uses an existing DynamoDB given by DYNAMODB_ENDPOINT without starting another', async () => {
    const res = await startGateway({ DYNAMODB_ENDPOINT: inject('dynamodbEndpoint') });
    const call = withToken(await adminToken(res.dataDir));
    const callMain = withToken(await adminToken(inject('dataDir')));
    try {
      expect(res.output()).not.toContain('DynamoDB Local on');
      expect(res.output()).toContain(inject('dynamodbEndpoint'));
      const created = await call(res.baseUrl, 'POST', '/users', { json: { name: 'Shared', email: uniqueEmail() } });
      const viaMain = await callMain(inject('baseUrl'), 'GET', `/users/${created.body.userId}`);
      expect(viaMain.status).toBe(200);
    } finally {
      await res.stop();
    }
  });

  it('answers 503 problem with Retry-After when DynamoDB is unreachable, and health stays up', async () => {
    const deadPort = await freePort();
    const res = await startGateway({ DYNAMODB_ENDPOINT: `http://127.0.0.1:${deadPort}` });
    const call = withToken(await adminToken(res.dataDir));
    try {
      const read = await call(res.baseUrl, 'GET', '/users/0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f');
      const write = await call(res.baseUrl, 'POST', '/users', { json: { name: 'Lost', email: uniqueEmail() } });
      const health = await call(res.baseUrl, 'GET', '/health');

      for (const r of [read, write]) {
        expect(r.status).toBe(503);
        expect(r.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
        expect(r.headers.get('content-type')).toBe('application/problem+json');
        expect(r.body.type).toBe('urn:problem:service-unavailable');
        expect(r.text).not.toMatch(/ECONNREFUSED|users-api|stack|at .*\.ts/);
      }
      expect(health.status).toBe(200);
    } finally {
      await res.stop();
    }
  });

  it('exits with one clear line when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
    const port = (blocker.address() as { port: number }).port;
    try {
      const out = runToExit({ PORT: String(port), DYNAMODB_ENDPOINT: 'http://127.0.0.1:1' });

      expect(out.status).toBe(1);
      expect(out.stderr.trim().split('\n')).toEqual([
        `npm start: Port ${port} on 127.0.0.1 is already in use: stop what uses it or set PORT.`,
      ]);
    } finally {
      blocker.close();
    }
  });

  it('exits with one clear line when Java is missing', () => {
    const out = runToExit({ PORT: '0', PATH: '/nonexistent', DATA_DIR: join(dataDir, 'nojava') });

    expect(out.status).toBe(1);
    const lines = out.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^npm start: Java was not found \(java\): install Java 17\+/);
  });
});
