// `npm run verify` against a local gateway playing the deployed stage, with CloudFormation
// and Cognito faked at the SDK boundary (verify/fakeAws.ts): the full run passes, a failure
// midway still leaves the stage as it was, --cleanup-only removes an interrupted run's
// leftovers and nothing else, no password or token is ever printed, and failures exit non-zero.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../infra/verify/verify.js';
import { loadLocalIssuer } from '../../src/local/issuer.js';
import type { RunningGateway } from '../support/gateway.js';
import { call } from '../support/http.js';
import { type FakeAws, fakeAws } from './verify/fakeAws.js';
import { interruptOnFirstPut, NO_WAF, type Stage, startStage } from './verify/stage.js';

const ORIGIN = 'https://app.example.com';
/** The full run's transcript, for reading (test-output/ is not committed). */
const TRANSCRIPT = resolve(import.meta.dirname, '../../test-output/verify/full-run.txt');
// The SDK's Node 20 notice, as npm run verify silences it (infra/verify/main.ts).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const ARGS = ['-c', 'stage=dev', '-c', `allowedOrigins=${ORIGIN}`, '--region', 'us-east-1'];

let stage: RunningGateway;
let running: Stage;
const stageRecords = () => running.records();
let aws: FakeAws;

beforeAll(async () => {
  // The stage: its own gateway and table, allowing one origin as `-c allowedOrigins=` would.
  running = await startStage(ORIGIN);
  stage = running.gateway;
  aws = fakeAws({ name: 'UsersApi-dev', apiUrl: `${stage.baseUrl}/` }, await loadLocalIssuer(stage.dataDir));
}, 120_000);

afterAll(async () => {
  aws?.restore();
  await running?.stop();
});

async function run(args: string[], fetchImpl?: typeof fetch): Promise<{ code: number; out: string }> {
  let out = '';
  const write = (text: string) => {
    out += text;
  };
  const code = await verify(args, { write, rateRule: NO_WAF, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  return { code, out };
}

/** What no output may contain: any password Cognito was given, any ID token it issued. */
function expectNoSecrets(out: string): void {
  const secrets = [...aws.passwords, ...aws.tokens];
  expect(secrets.length).toBeGreaterThan(0);
  expect(secrets.filter((s) => out.includes(s))).toEqual([]);
}

const runAccounts = (out: string) => {
  const tag = /run (verify-[0-9a-f]{8})/.exec(out)?.[1] as string;
  return aws.created.filter((a) => a.email.startsWith(`${tag}-`));
};

/** The stage answering every request to `path` with `status` (a fault of AWS's, say). */
const failing =
  (matches: (method: string, url: string) => boolean, answer: () => Promise<Response>): typeof fetch =>
  (input, init) => {
    const url = String(input);
    return url.startsWith(stage.baseUrl) && matches(init?.method ?? 'GET', url) ? answer() : fetch(input, init);
  };

describe('npm run verify', () => {
  it('verifies the stage end to end, prints the contract and fidelity tables, and leaves the stage as it was', async () => {
    // Prepare
    const before = await stageRecords();
    // Act
    const { code, out } = await run(ARGS);
    mkdirSync(dirname(TRANSCRIPT), { recursive: true });
    writeFileSync(TRANSCRIPT, out);
    // Assess
    expect(code, out).toBe(0);
    for (const step of ['▶ smoke pass', '▶ contract suite', '▶ fidelity table', '▶ cleanup'])
      expect(out).toContain(step);
    expect(out).toContain('✓ Authorization: <ID token> (no Bearer) is accepted: 200');
    expect(out).toContain(`✓ a preflight from a refused origin (https://refused.example.invalid)`);
    expect(out).toContain('✓ an account outside admins on GET /users: 403');
    expect(out).toContain('  ApiUrl       http://127.0.0.1:');
    // A stage without keys: no key is made, none is sent, API Gateway is never called.
    expect(out).toContain('no PartnerUsagePlanId: the stage requires no API key');
    expect(out).not.toContain('x-api-key');
    expect(aws.apiGateway.calls()).toEqual([]);
    expect(out).toMatch(/│ Contract coverage: deployed http:\/\/127\.0\.0\.1:\d+ /);
    expect(out).toMatch(/│ +Tests +\d+ passed/);
    expect(out).toContain('29 replayed: 29 the same, 0 different; 1 not replayed');
    expect(out).toContain('function version: unknown');
    expect(out).toContain('✓ verify passed: UsersApi-dev');
    const made = runAccounts(out);
    expect(made.map((a) => [a.email.replace(/[0-9a-f]{8}/, '<id>'), [...a.groups]])).toEqual([
      ['verify-<id>-admin@example.invalid', ['admins']],
      ['verify-<id>-user@example.invalid', []],
    ]);
    expect(made.filter((a) => aws.accounts.has(a.email))).toEqual([]);
    expect(await stageRecords()).toEqual(before);
    expectNoSecrets(out);
  }, 480_000);

  it('reports the function version the stage names in x-function-version', async () => {
    const versioned: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      const headers = new Headers(res.headers);
      headers.set('x-function-version', '7');
      return new Response(res.status === 204 ? null : await res.text(), { status: res.status, headers });
    };
    const { code, out } = await run([...ARGS, '--skip', 'contract,fidelity'], versioned);
    expect(code, out).toBe(0);
    expect(out).toContain('function version: 7');
  }, 60_000);

  it('stops at a failing smoke check, skips the later steps, still deletes what it made and exits 1', async () => {
    // Prepare: the stage fails the smoke pass's item update, after the item was created.
    const before = await stageRecords();
    const fetchImpl = failing(
      (method, url) => method === 'PUT' && /\/items\//.test(url),
      async () => new Response('{"message":"Internal server error"}', { status: 502 }),
    );
    // Act
    const { code, out } = await run(ARGS, fetchImpl);
    // Assess
    expect(code).toBe(1);
    expect(out).toContain('✗ an item: create, read, update, delete');
    expect(out).not.toContain('▶ contract suite');
    expect(out).toContain('1 items and 0 users deleted');
    expect(out).toMatch(/✗ verify failed: an item: create, read, update, delete: expected 200; got 502/);
    expect(runAccounts(out).filter((a) => aws.accounts.has(a.email))).toEqual([]);
    expect(await stageRecords()).toEqual(before);
    expectNoSecrets(out);
  }, 60_000);

  it('deletes users, items and trashed items made before a step failed midway', async () => {
    // Prepare: the connection drops on the fidelity table's first restore, after users and items were made.
    const before = await stageRecords();
    let dropped = 0;
    const fetchImpl = failing(
      (method, url) => method === 'POST' && url.endsWith('/restore') && dropped++ === 0,
      async () => {
        throw new TypeError('fetch failed (connection reset, injected)');
      },
    );
    // Act
    const { code, out } = await run([...ARGS, '--skip', 'contract'], fetchImpl);
    // Assess
    expect(code).toBe(1);
    expect(out).toContain('✗ restoreItem: not compared (fetch failed (connection reset, injected))');
    expect(out).toContain('✗ verify failed: 1 of 29 fidelity cases differ');
    expect(out).toMatch(/[1-9]\d* items and [1-9]\d* users deleted/);
    expect(runAccounts(out).filter((a) => aws.accounts.has(a.email))).toEqual([]);
    expect(await stageRecords()).toEqual(before);
  }, 120_000);

  it('keeps its accounts when the stage cannot delete, for a later --cleanup-only to finish the job', async () => {
    // Prepare: the stage fails every DELETE, the smoke pass's and cleanup's alike.
    const before = await stageRecords();
    const fetchImpl = failing(
      (method) => method === 'DELETE',
      async () => new Response('{"message":"Service Unavailable"}', { status: 503 }),
    );
    // Act
    const failed = await run([...ARGS, '--skip', 'contract,fidelity'], fetchImpl);
    const kept = runAccounts(failed.out).filter((a) => aws.accounts.has(a.email));
    const later = await run([...ARGS, '--cleanup-only']);
    // Assess
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('✗ verify failed: a user: create, read, update, delete: expected 204; got 503');
    expect(failed.out).toContain('once the stage answers, run npm run verify -- -c stage=dev --cleanup-only');
    expect(kept).toHaveLength(2);
    expect(later.code, later.out).toBe(0);
    expect(later.out).toContain('0 items and 1 users deleted');
    expect(kept.filter((a) => aws.accounts.has(a.email))).toEqual([]);
    expect(await stageRecords()).toEqual(before);
    expectNoSecrets(failed.out + later.out);
  }, 60_000);

  it('--cleanup-only removes what an interrupted run left, and nothing of anyone else', async () => {
    // Prepare: an interrupted run's accounts, users and items, beside a real admin's and a look-alike's.
    const admin = await aws.add('verify-0badf00d-admin@example.invalid', true);
    const user = await aws.add('verify-0badf00d-user@example.invalid', false);
    const someone = await aws.add('someone@example.com', true);
    await aws.add('verify-bob@example.org', false);
    const as = (token: string) => ({ authorization: `Bearer ${token}` });
    const post = async (token: string, path: string, json: unknown) =>
      (await call(stage.baseUrl, 'POST', path, { json, headers: as(token) })).body;
    const left = [
      await post(admin.token, '/users', { name: 'Left', email: 'verify-0badf00d-smoke-1a2b3c4d@example.invalid' }),
      await post(admin.token, '/users', { name: 'Left', email: 'Verify-0badf00d.create.1a2b3c4d@Example.com' }),
    ];
    await post(admin.token, '/items', { name: 'Left' });
    await post(user.token, '/items', { name: 'Left' });
    const kept = await post(someone.token, '/users', { name: 'Kept', email: 'verify-bob@example.com' });
    const keptItem = await post(someone.token, '/items', { name: 'Kept' });
    // Act
    const { code, out } = await run([...ARGS, '--cleanup-only']);
    // Assess
    expect(code, out).toBe(0);
    expect(out).toContain('2 items and 2 users deleted');
    expect([...aws.accounts.keys()].filter((e) => e.includes('0badf00d'))).toEqual([]);
    expect(aws.accounts.has('someone@example.com') && aws.accounts.has('verify-bob@example.org')).toBe(true);
    for (const u of left)
      expect((await call(stage.baseUrl, 'GET', `/users/${u.userId}`, { headers: as(someone.token) })).status).toBe(404);
    expect((await call(stage.baseUrl, 'GET', '/items', { headers: as(admin.token) })).body.items).toEqual([]);
    expect((await call(stage.baseUrl, 'GET', '/items', { headers: as(user.token) })).body.items).toEqual([]);
    expect((await call(stage.baseUrl, 'GET', `/users/${kept.userId}`, { headers: as(someone.token) })).status).toBe(
      200,
    );
    expect((await call(stage.baseUrl, 'GET', `/items/${keptItem.itemId}`, { headers: as(someone.token) })).status).toBe(
      200,
    );
    expectNoSecrets(out);
  }, 60_000);

  it('stops the running step when interrupted (Ctrl-C), still cleans up, and exits 1', async () => {
    // Prepare: the interruption arrives while the smoke pass updates its user.
    const before = await stageRecords();
    const interrupting = interruptOnFirstPut();
    let out = '';
    const write = (text: string) => {
      out += text;
    };
    // Act
    const code = await verify(ARGS, {
      write,
      fetch: interrupting.fetch,
      signal: interrupting.signal,
      rateRule: NO_WAF,
    });
    // Assess
    expect(code).toBe(1);
    expect(out).toContain('✗ verify failed: a user: create, read, update, delete: interrupted by SIGINT');
    expect(out).toContain('0 items and 1 users deleted');
    expect(runAccounts(out).filter((a) => aws.accounts.has(a.email))).toEqual([]);
    expect(await stageRecords()).toEqual(before);
  }, 60_000);

  it('sets the process exit code: 0 for --help, 2 for a mistake in the arguments', () => {
    const main = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'infra/verify/main.ts', ...args], { encoding: 'utf8' });
    const help = main('--help');
    expect([help.status, help.stdout]).toEqual([0, expect.stringContaining('usage: npm run verify')]);
    const wrong = main('-c', 'stage=qa');
    expect([wrong.status, wrong.stdout]).toEqual([2, expect.stringContaining('Unknown stage "qa"')]);
  }, 60_000);

  it('exits 1 and makes nothing when the stage has no stack', async () => {
    const calls = aws.cognito.calls().length;
    const { code, out } = await run(['-c', 'stage=prod', '--region', 'us-east-1']);
    expect(code).toBe(1);
    expect(out).toContain('✗ stack UsersApi-prod does not exist in this account and region: deploy it first');
    expect(aws.cognito.calls().length).toBe(calls);
  });

  it('exits 2 on arguments it does not understand', async () => {
    expect((await run(['-c', 'stage=qa'])).out).toContain('Unknown stage "qa"');
    expect((await run(['-c', 'stage=qa'])).code).toBe(2);
    expect((await run(['--skip', 'lint'])).code).toBe(2);
    expect((await run(['-c', 'allowedOrigins=app.example.com'])).code).toBe(2);
  });
});
