// AWS WAF in front of the verify tests' stage, as far as a client can see it: a proxy that
// notes when each request arrives, applies the rate rule (more than `limit` requests in the
// trailing window: 429) and blocks what a test says a managed rule would (403), both with the
// custom response bodies and x-amzn-waf-rule header the stack deploys (infra/constructs/webFirewall.ts).
import { createServer, request as forward, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { firewallProblems, RATE_RULE } from '../../../infra/constructs/webFirewall.js';
import { FIREWALL_RULE_HEADER, type RateRule } from '../../../infra/firewall.js';

export interface SeenRequest {
  /** performance.now() when it arrived. */
  at: number;
  method: string;
  path: string;
  body: string;
}

export interface FakeWaf {
  readonly baseUrl: string;
  /** Every request that arrived, blocked or not, in order. */
  readonly seen: SeenRequest[];
  /** The most requests any window of the rule's length held. */
  readonly busiestWindow: () => number;
  readonly stop: () => Promise<void>;
}

export interface FakeWafOptions {
  /** The rate rule to enforce, per address (the tests' one address: 127.0.0.1). */
  rateRule: RateRule;
  /** The managed rule that blocks this request, if one does (e.g. `AWSManagedRulesCommonRuleSet/CrossSiteScripting_BODY`). */
  managedBlock?: (req: SeenRequest) => string | undefined;
}

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.once('end', () => done(Buffer.concat(chunks)));
    req.once('error', fail);
  });

/** The most of these instants (sorted) that any window [t, t + windowMs] holds. */
export function busiest(instants: readonly number[], windowMs: number): number {
  let most = 0;
  let first = 0;
  for (let last = 0; last < instants.length; last++) {
    while ((instants[last] as number) - (instants[first] as number) > windowMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

export async function startFakeWaf(upstream: string, options: FakeWafOptions): Promise<FakeWaf> {
  const target = new URL(upstream);
  const windowMs = options.rateRule.windowSeconds * 1000;
  const seen: SeenRequest[] = [];
  const server = createServer(async (req, res) => {
    const at = performance.now();
    const body = await readBody(req);
    const entry = { at, method: req.method ?? 'GET', path: req.url ?? '/', body: body.toString('utf8') };
    seen.push(entry);
    const block = (key: keyof typeof firewallProblems, rule: string) => {
      const problem = firewallProblems[key];
      res.writeHead(problem.status, { 'content-type': 'application/json', [FIREWALL_RULE_HEADER]: rule });
      res.end(JSON.stringify(problem));
    };
    // WAF's rate rule: this address sent more than the limit in the trailing window.
    if (seen.filter((s) => s.at > at - windowMs).length > options.rateRule.limit)
      return block('FirewallRateLimited', RATE_RULE);
    const managed = options.managedBlock?.(entry);
    if (managed) return block('FirewallBlocked', managed);
    const out = forward(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.once('error', () => {
      res.writeHead(502);
      res.end();
    });
    out.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    seen,
    busiestWindow: () =>
      busiest(
        seen.map((s) => s.at),
        windowMs,
      ),
    stop: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
