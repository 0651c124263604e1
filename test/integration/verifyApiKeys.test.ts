// `npm run verify` against a stage deployed with `-c apiKeys=on`: a local gateway started with
// API keys on plays it, API Gateway's key store is faked at the SDK boundary (verify/fakeAws.ts)
// and stands in front of the stage, refusing any key not on the stage's plan. The run's key is
// made, attached, sent on every request, never printed, and deleted whatever happens.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomKeyValue } from '../../infra/verify/apiKeys.js';
import { verify } from '../../infra/verify/verify.js';
import { loadLocalIssuer } from '../../src/local/issuer.js';
import type { RunningGateway } from '../support/gateway.js';
import { call } from '../support/http.js';
import { type FakeAws, fakeAws } from './verify/fakeAws.js';
import { interruptOnFirstPut, NO_WAF, type Stage, startStage } from './verify/stage.js';

const ORIGIN = 'https://app.example.com';
const PLAN = 'fakeplan01';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const ARGS = ['-c', 'stage=dev', '-c', `allowedOrigins=${ORIGIN}`, '--region', 'us-east-1'];
/** The value verify gives its key (random in a real run); the stage's gateway holds it, as API Gateway would once attached. */
const RUN_KEY = randomKeyValue();
/** A client's key, for this file's own requests to the stage. */
const CLIENT_KEY = randomKeyValue();

let stage: RunningGateway;
let running: Stage;
const stageRecords = () => running.records();
let aws: FakeAws;
/** The x-api-key of every request verify sent to the stage (null: none). */
let sent: (string | null)[] = [];

beforeAll(async () => {
  running = await startStage(ORIGIN, { verify: RUN_KEY, client: CLIENT_KEY });
  stage = running.gateway;
  aws = fakeAws(
    { name: 'UsersApi-dev', apiUrl: `${stage.baseUrl}/`, usagePlanId: PLAN },
    await loadLocalIssuer(stage.dataDir),
  );
}, 120_000);

afterAll(async () => {
  aws?.restore();
  await running?.stop();
});

/** API Gateway in front of the stage: a key that is not on the plan (yet, or any more) gets its 403. */
const apiGateway =
  (next: typeof fetch = fetch): typeof fetch =>
  (input, init) => {
    if (!String(input).startsWith(stage.baseUrl)) return next(input, init);
    const value = new Headers(init?.headers).get('x-api-key');
    sent.push(value);
    if (value !== null && !aws.admits(value)) {
      // INVALID_API_KEY, shaped by the stage's gateway responses (infra/spec/gatewayResponses.ts).
      const body = { type: 'urn:problem:forbidden', title: 'Forbidden', status: 403, detail: 'Forbidden' };
      const headers = { 'content-type': 'application/problem+json' };
      return Promise.resolve(
        new Response(JSON.stringify({ ...body, correlationId: randomUUID() }), { status: 403, headers }),
      );
    }
    return next(input, init);
  };

async function run(args: string[], next?: typeof fetch, signal?: AbortSignal): Promise<{ code: number; out: string }> {
  let out = '';
  sent = [];
  const write = (text: string) => {
    out += text;
  };
  const code = await verify(args, {
    write,
    fetch: apiGateway(next),
    apiKeyValue: () => RUN_KEY,
    rateRule: NO_WAF,
    ...(signal ? { signal } : {}),
  });
  return { code, out };
}

const runKeys = (out: string) => {
  const tag = /run (verify-[0-9a-f]{8})/.exec(out)?.[1] as string;
  return aws.createdKeys.filter((k) => k.name === `${tag}-users-api-dev`);
};

function expectNoSecrets(out: string): void {
  const secrets = [RUN_KEY, ...aws.passwords, ...aws.tokens];
  expect(secrets.filter((s) => out.includes(s))).toEqual([]);
}

describe('npm run verify on a stage with API keys', () => {
  it('makes a temporary key on the partner plan, sends it on every request of every pass, and deletes it', async () => {
    // Prepare
    const before = await stageRecords();
    // Act
    const { code, out } = await run(ARGS);
    // Assess
    expect(code, out).toBe(0);
    expect(out).toContain(`PartnerUsagePlanId ${PLAN}: the stage requires API keys`);
    expect(out).toMatch(/✓ verify-[0-9a-f]{8}-users-api-dev \([\w-]+\): made with a random value, on the plan/);
    expect(out).toContain('✓ a secured request without x-api-key (API Gateway refuses): 403, INVALID_API_KEY');
    expect(out).toMatch(/│ +Tests +\d+ passed/);
    expect(out).toContain(", API keys on (the run's key, partner tier)");
    expect(out).toContain('29 replayed: 29 the same, 0 different; 1 not replayed');
    expect(out).toMatch(/✓ API key verify-[0-9a-f]{8}-users-api-dev deleted/);
    expect(out).toContain('✓ verify passed: UsersApi-dev');
    const [key, ...more] = runKeys(out);
    expect(more).toEqual([]);
    expect([key?.value, [...(key?.plans ?? [])]]).toEqual([RUN_KEY, [PLAN]]);
    expect(aws.apiKeys.size).toBe(0);
    // Every request verify made itself carried the key, but the one that checks its absence is refused.
    expect(sent.length).toBeGreaterThan(50);
    expect(sent.filter((v) => v !== RUN_KEY)).toEqual([null]);
    expect(await stageRecords()).toEqual(before);
    expectNoSecrets(out);
  }, 480_000);

  it('deletes its key after a failing check, and exits 1', async () => {
    const before = await stageRecords();
    const failing: typeof fetch = (input, init) =>
      init?.method === 'PUT' && /\/items\//.test(String(input))
        ? Promise.resolve(new Response('{"message":"Internal server error"}', { status: 502 }))
        : fetch(input, init);
    const { code, out } = await run(ARGS, failing);
    expect(code).toBe(1);
    expect(out).toMatch(/✗ verify failed: an item: create, read, update, delete: expected 200; got 502/);
    expect(runKeys(out)).toHaveLength(1);
    expect(aws.apiKeys.size).toBe(0);
    expect(await stageRecords()).toEqual(before);
    expectNoSecrets(out);
  }, 60_000);

  it('deletes its key when interrupted (Ctrl-C), and exits 1', async () => {
    const before = await stageRecords();
    const interrupting = interruptOnFirstPut();
    const { code, out } = await run(ARGS, interrupting.fetch, interrupting.signal);
    expect(code).toBe(1);
    expect(out).toContain('✗ verify failed: a user: create, read, update, delete: interrupted by SIGINT');
    expect(runKeys(out)).toHaveLength(1);
    expect(aws.apiKeys.size).toBe(0);
    expect(await stageRecords()).toEqual(before);
    expectNoSecrets(out);
  }, 60_000);

  it('deletes its key and accounts when the key cannot join the plan (no grant), having reached nothing', async () => {
    aws.refuse.attach = true;
    const { code, out } = await run(ARGS);
    expect(code).toBe(1);
    expect(out).toContain('✗ verify failed: User is not authorized to perform: apigateway:POST');
    expect(out).not.toContain('▶ smoke pass');
    expect(out).toContain('0 items and 0 users deleted');
    expect(runKeys(out)).toHaveLength(1);
    expect(aws.apiKeys.size).toBe(0);
    const tag = /run (verify-[0-9a-f]{8})/.exec(out)?.[1] as string;
    expect([...aws.accounts.keys()].filter((e) => e.startsWith(tag))).toEqual([]);
    expectNoSecrets(out);
  }, 60_000);

  it('--cleanup-only deletes the keys earlier runs left on this stage, under a key of its own, and no other key', async () => {
    // Prepare: an interrupted run's key and account with an item; another stage's run key, a client's key, a look-alike.
    const left = aws.addApiKey('verify-0badf00d-users-api-dev');
    const kept = ['verify-0badf00d-users-api-prod', 'users-api-dev-verify-0badf00d', 'verify-notes'].map((n) =>
      aws.addApiKey(n),
    );
    const admin = await aws.add('verify-0badf00d-admin@example.invalid', true);
    const headers = { authorization: `Bearer ${admin.token}`, 'x-api-key': CLIENT_KEY };
    expect((await call(stage.baseUrl, 'POST', '/items', { json: { name: 'Left' }, headers })).status).toBe(201);
    const made = aws.createdKeys.length;
    // Act
    const { code, out } = await run([...ARGS, '--cleanup-only']);
    // Assess
    expect(code, out).toBe(0);
    expect(out).toContain(`verify-0badf00d-users-api-dev (${left.id}, made `);
    expect(out).toContain('1 items and 0 users deleted');
    expect(out).toContain('✓ API key verify-0badf00d-users-api-dev deleted');
    const own = aws.createdKeys.slice(made);
    expect(own.map((k) => [k.name.replace(/[0-9a-f]{8}/, '<id>'), [...k.plans]])).toEqual([
      ['verify-<id>-users-api-dev', [PLAN]],
    ]);
    expect([...aws.apiKeys.values()].map((k) => k.name).sort()).toEqual(kept.map((k) => k.name).sort());
    expect((await call(stage.baseUrl, 'GET', '/items', { headers })).body.items).toEqual([]);
    expectNoSecrets(out);
    for (const k of kept) aws.apiKeys.delete(k.id);
  }, 60_000);
});
