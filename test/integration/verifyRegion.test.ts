// `npm run verify -- -c region=eu-west-1 -c regions=us-east-1,eu-west-1` on a multi-region stage
// with API keys: a local gateway plays the eu-west-1 stage, AWS is faked per region
// (verify/fakeAws.ts). The region's own StageUrl is tested (never the shared ApiUrl), its key is
// made and deleted in eu-west-1's API Gateway on eu-west-1's plan, the accounts live in the home pool.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomKeyValue } from '../../infra/verify/apiKeys.js';
import { verify } from '../../infra/verify/verify.js';
import { loadLocalIssuer } from '../../src/local/issuer.js';
import type { RunningGateway } from '../support/gateway.js';
import { call } from '../support/http.js';
import { type FakeAws, fakeAws } from './verify/fakeAws.js';
import { NO_WAF, type Stage, startStage } from './verify/stage.js';

const ORIGIN = 'https://app.example.com';
const HOME = 'us-east-1';
const REGION = 'eu-west-1';
const HOME_PLAN = 'homeplan01';
const REGION_PLAN = 'euplan0001';
/** The shared, latency-routed name: a run of -c region= must never send a request to it. */
const API_URL = 'https://api.example.invalid/';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const ARGS = ['-c', 'stage=dev', '-c', `allowedOrigins=${ORIGIN}`, '-c', `regions=${HOME},${REGION}`];
const RUN_KEY = randomKeyValue();
const CLIENT_KEY = randomKeyValue();

let stage: RunningGateway;
let running: Stage;
const stageRecords = () => running.records();
let aws: FakeAws;
/** Every URL verify requested, and the x-api-key of each request to the regional stage. */
let urls: string[] = [];
let sent: (string | null)[] = [];

beforeAll(async () => {
  running = await startStage(ORIGIN, { verify: RUN_KEY, client: CLIENT_KEY });
  stage = running.gateway;
  aws = fakeAws(
    {
      name: 'UsersApi-dev',
      apiUrl: API_URL,
      stageUrl: 'https://home0api.execute-api.us-east-1.amazonaws.example/dev/',
      usagePlanId: HOME_PLAN,
      home: HOME,
      regional: {
        region: REGION,
        name: `UsersApi-dev-${REGION}`,
        stageUrl: `${stage.baseUrl}/`,
        usagePlanId: REGION_PLAN,
      },
    },
    await loadLocalIssuer(stage.dataDir),
  );
}, 120_000);

afterAll(async () => {
  aws?.restore();
  await running?.stop();
});

/** eu-west-1's API Gateway in front of the stage: only a key on eu-west-1's plan gets through. */
const regionGateway: typeof fetch = (input, init) => {
  const url = String(input);
  urls.push(url);
  if (url.startsWith(API_URL)) return Promise.reject(new TypeError('fetch failed: the shared name is not tested'));
  if (!url.startsWith(stage.baseUrl)) return fetch(input, init);
  const value = new Headers(init?.headers).get('x-api-key');
  sent.push(value);
  if (value !== null && !aws.admits(value, REGION)) {
    const body = { type: 'urn:problem:forbidden', title: 'Forbidden', status: 403, detail: 'Forbidden' };
    const headers = { 'content-type': 'application/problem+json' };
    return Promise.resolve(
      new Response(JSON.stringify({ ...body, correlationId: randomUUID() }), { status: 403, headers }),
    );
  }
  return fetch(input, init);
};

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  urls = [];
  sent = [];
  aws.described.length = 0;
  aws.poolRegions.length = 0;
  const write = (text: string) => {
    out += text;
  };
  const code = await verify(args, { write, fetch: regionGateway, apiKeyValue: () => RUN_KEY, rateRule: NO_WAF });
  return { code, out };
}

function expectNoSecrets(out: string): void {
  const secrets = [RUN_KEY, ...aws.passwords, ...aws.tokens];
  expect(secrets.filter((s) => out.includes(s))).toEqual([]);
}

describe('npm run verify -- -c region=<region> on a multi-region stage', () => {
  it("tests the region's StageUrl with a key made, used and deleted in that region, accounts in the home pool", async () => {
    // Prepare
    const before = await stageRecords();
    const created = aws.created.length;
    // Act
    const { code, out } = await run([...ARGS, '-c', `region=${REGION}`]);
    // Assess
    expect(code, out).toBe(0);
    expect(aws.described).toEqual([`UsersApi-dev ${HOME}`, `UsersApi-dev-${REGION} ${REGION}`]);
    expect(out).toContain(`StageUrl     ${stage.baseUrl}/: ${REGION} is tested through it, not ApiUrl`);
    expect(out).toContain(`PartnerUsagePlanId ${REGION_PLAN}: the stage requires API keys`);
    // The contract suite (a child process, given the URL) reaches the stage too: ApiUrl does not resolve.
    expect(out).toContain('▶ contract suite against StageUrl (vitest --project contract)');
    expect(out).toMatch(/│ +Tests +\d+ passed/);
    expect(out).toMatch(/\d+ replayed: \d+ the same, 0 different/);
    expect(out).toContain(`✓ verify passed: UsersApi-dev-${REGION} at ${stage.baseUrl}/`);
    // The stage's requests all went to the region's own URL, none to the shared name.
    expect(urls.filter((u) => u.startsWith(API_URL))).toEqual([]);
    expect(sent.length).toBeGreaterThan(50);
    expect(sent.filter((v) => v !== RUN_KEY)).toEqual([null]);
    // The key: made in eu-west-1 on eu-west-1's plan, none at home, and gone.
    const own = aws.createdKeys.filter((k) => k.value === RUN_KEY);
    expect(own.map((k) => [k.region, [...k.plans]])).toEqual([[REGION, [REGION_PLAN]]]);
    expect(out).toMatch(/✓ API key verify-[0-9a-f]{8}-users-api-dev deleted/);
    expect(aws.apiKeys.size).toBe(0);
    // The accounts: in the home region's pool, made and deleted.
    expect(aws.created.length - created).toBe(2);
    expect(new Set(aws.poolRegions)).toEqual(new Set([HOME]));
    expect(aws.accounts.size).toBe(0);
    expect(await stageRecords()).toEqual(before);
    expectNoSecrets(out);
  }, 300_000);

  it("--cleanup-only removes the region's leftover keys there, the home pool's accounts, and their data", async () => {
    // Prepare: an interrupted run's account (home) with an item, its key in eu-west-1, a same-named key at home.
    const left = aws.addApiKey('verify-0badf00d-users-api-dev', REGION);
    const atHome = aws.addApiKey('verify-0badf00d-users-api-dev', HOME);
    const admin = await aws.add('verify-0badf00d-admin@example.invalid', true);
    const headers = { authorization: `Bearer ${admin.token}`, 'x-api-key': CLIENT_KEY };
    expect((await call(stage.baseUrl, 'POST', '/items', { json: { name: 'Left' }, headers })).status).toBe(201);
    const made = aws.createdKeys.length;
    // Act
    const { code, out } = await run([...ARGS, '-c', `region=${REGION}`, '--cleanup-only']);
    // Assess
    expect(code, out).toBe(0);
    expect(out).toContain(`verify-0badf00d-users-api-dev (${left.id}, made `);
    expect(out).toContain('1 items and 0 users deleted');
    expect(aws.createdKeys.slice(made).map((k) => [k.region, [...k.plans]])).toEqual([[REGION, [REGION_PLAN]]]);
    expect([...aws.apiKeys.values()]).toEqual([atHome]);
    expect(aws.accounts.size).toBe(0);
    expect(new Set(aws.poolRegions)).toEqual(new Set([HOME]));
    expect(urls.filter((u) => u.startsWith(API_URL))).toEqual([]);
    expect((await call(stage.baseUrl, 'GET', '/items', { headers })).body.items).toEqual([]);
    expectNoSecrets(out);
    aws.apiKeys.delete(atHome.id);
  }, 60_000);

  it('refuses a region that is not one of the stage’s, and -c region= without -c regions=', async () => {
    const outside = await run([...ARGS, '-c', 'region=ap-south-1']);
    expect(outside.code).toBe(2);
    expect(outside.out).toContain("region ap-south-1 is not one of the stage's regions (us-east-1, eu-west-1)");
    const alone = await run(['-c', 'stage=dev', '-c', `region=${REGION}`]);
    expect(alone.code).toBe(2);
    expect(alone.out).toContain('-c region=eu-west-1 needs the stage');
    expect(aws.described).toEqual([]);
  });
});
