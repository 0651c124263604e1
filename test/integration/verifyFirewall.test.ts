// `npm run verify` behind a fake AWS WAF (verify/fakeWaf.ts): it paces itself so that no window
// of the rate rule's length holds more than the limit (a rule scaled down so that it binds), its
// request count by phase is what it announces, and it names a WAF
// block as one: a failure on a valid request, a pass on a hostile input a managed rule refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firewallByStage, type RateRule } from '../../infra/firewall.js';
import { EXPECTED_REQUESTS, Pacer, pacingFor } from '../../infra/verify/pacing.js';
import { verify } from '../../infra/verify/verify.js';
import { loadLocalIssuer } from '../../src/local/issuer.js';
import { type FakeAws, fakeAws } from './verify/fakeAws.js';
import { busiest, type FakeWaf, type SeenRequest, startFakeWaf } from './verify/fakeWaf.js';
import { type Stage, startStage } from './verify/stage.js';

const ORIGIN = 'https://app.example.com';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const ARGS = ['-c', 'stage=dev', '-c', `allowedOrigins=${ORIGIN}`, '--region', 'us-east-1'];
/**
 * 60 requests per second instead of dev's 1,500 per 300 s: unpaced, the run averages ~75 a
 * second over its busiest 6 s here (measured: 453), so the fake WAF would answer 429 and the run
 * fail; paced (one request every 21 ms) it must pass. Dev's arithmetic, at a scale where it binds.
 */
const SCALED: RateRule = { limit: 60, windowSeconds: 1 };

/** What the core rule set's cross-site scripting rules would refuse, roughly: a `<` anywhere. */
function crossSiteScripting(req: SeenRequest): string | undefined {
  let path = req.path;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    // a malformed escape: look at it as sent
  }
  return `${path}${req.body}`.includes('<') ? 'AWSManagedRulesCommonRuleSet/CrossSiteScripting_BODY' : undefined;
}

let running: Stage;
let aws: FakeAws;
/** The stack the fake CloudFormation describes: each test points its ApiUrl at its own WAF. */
const stack = { name: 'UsersApi-dev', apiUrl: 'http://127.0.0.1:9/' };
const wafs: FakeWaf[] = [];

beforeAll(async () => {
  running = await startStage(ORIGIN);
  aws = fakeAws(stack, await loadLocalIssuer(running.gateway.dataDir));
}, 120_000);

afterAll(async () => {
  aws?.restore();
  await Promise.all(wafs.map((w) => w.stop()));
  await running?.stop();
});

/** A WAF in front of the stage, and the stack's ApiUrl pointing at it. */
async function behindWaf(options: Parameters<typeof startFakeWaf>[1]): Promise<FakeWaf> {
  const waf = await startFakeWaf(running.gateway.baseUrl, options);
  wafs.push(waf);
  stack.apiUrl = `${waf.baseUrl}/`;
  return waf;
}

async function run(args: string[], rateRule: RateRule): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await verify(args, { write: (t) => (out += t), rateRule });
  return { code, out };
}

describe('npm run verify under the WAF rate rule', () => {
  it('keeps every window of the rule under the limit, and sends what it announced, by phase', async () => {
    // Prepare
    const waf = await behindWaf({ rateRule: SCALED, managedBlock: crossSiteScripting });
    const pacing = pacingFor(SCALED);
    // Act
    const { code, out } = await run(ARGS, SCALED);
    // Assess
    expect(code, out).toBe(0);
    expect(out).toContain(`pacing: one request every ${Math.round(pacing.intervalMs)} ms, at most 48 in any 1 s`);
    const busiestWindow = waf.busiestWindow();
    console.log(`${waf.seen.length} requests; the busiest ${SCALED.windowSeconds} s window held ${busiestWindow}`);
    expect(busiestWindow).toBeLessThanOrEqual(pacing.budget + 1);
    expect(busiestWindow).toBeLessThanOrEqual(SCALED.limit);
    // Every request reached the WAF through verify's count, and each phase is near the announced figure.
    const counted: Record<string, number> = Object.fromEntries(
      [...(/requests to the stage: (.*) \(/.exec(out)?.[1] ?? '').matchAll(/(\w+) (\d+)/g)].map((m) => [
        m[1],
        Number(m[2]),
      ]),
    );
    console.log('requests by phase', counted);
    expect(Object.values(counted).reduce((a, b) => a + b, 0)).toBe(waf.seen.length);
    for (const [phase, expected] of Object.entries(EXPECTED_REQUESTS)) {
      expect(
        Math.abs((counted[phase] ?? 0) - expected),
        `${phase}: ${counted[phase]} vs ${expected}`,
      ).toBeLessThanOrEqual(expected * 0.15);
    }
    // Hostile inputs a managed rule refused passed, and were named.
    expect(out).toMatch(
      /│ \d+ invalid requests blocked by the firewall: rule AWSManagedRulesCommonRuleSet\/CrossSiteScripting_BODY \(403\): passed/,
    );
  }, 600_000);

  it('names the firewall rule when WAF blocks a valid request (a managed rule: 403)', async () => {
    // Prepare: a managed rule refuses the smoke pass's PATCH.
    await behindWaf({
      rateRule: SCALED,
      managedBlock: (req) =>
        req.method === 'PATCH' ? 'AWSManagedRulesKnownBadInputsRuleSet/PROPFIND_METHOD' : undefined,
    });
    // Act
    const { code, out } = await run([...ARGS, '--skip', 'contract,fidelity'], SCALED);
    // Assess
    expect(code).toBe(1);
    expect(out).toContain(
      '✗ verify failed: API Gateway answers a method /users does not list (PATCH): expected 405; blocked by the firewall: rule AWSManagedRulesKnownBadInputsRuleSet/PROPFIND_METHOD (403)',
    );
  }, 120_000);

  it('names the rate rule when WAF answers 429: a limit verify was not told of', async () => {
    // Prepare: the stage's WAF allows far fewer requests than the rule verify paces under.
    await behindWaf({ rateRule: { limit: 3, windowSeconds: 300 } });
    // Act
    const { code, out } = await run([...ARGS, '--skip', 'contract,fidelity'], SCALED);
    // Assess
    expect(code).toBe(1);
    expect(out).toContain('blocked by the firewall: rule RateLimitPerAddress (429, the rate limit per address)');
  }, 120_000);
});

describe('the pacer', () => {
  it('spaces request starts by its interval, also when asked concurrently', async () => {
    // Prepare
    const pacer = new Pacer(20);
    const starts: number[] = [];
    // Act
    await Promise.all(Array.from({ length: 15 }, () => pacer.turn().then(() => starts.push(performance.now()))));
    // Assess: 15 starts over at least 14 intervals; never more than 5 in any 100 ms.
    expect(pacer.count).toBe(15);
    expect((starts.at(-1) as number) - (starts[0] as number)).toBeGreaterThanOrEqual(14 * 20 - 1);
    expect(busiest(starts, 99)).toBeLessThanOrEqual(5);
  });

  it('stays at 80% of the rate rule: dev one request every 250 ms, prod every 62.5 ms', () => {
    expect(pacingFor({ limit: firewallByStage.dev.ratePerAddressPer5Min, windowSeconds: 300 })).toMatchObject({
      budget: 1200,
      intervalMs: 250,
    });
    expect(pacingFor({ limit: firewallByStage.prod.ratePerAddressPer5Min, windowSeconds: 300 })).toMatchObject({
      budget: 4800,
      intervalMs: 62.5,
    });
  });
});
