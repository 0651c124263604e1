// `npx tsx bench/experiments/serverlessOffline.ts [--seconds 5] [--rounds 3]`: GET /health through
// the local gateway (as `npm start` runs it) against serverless-offline serving the same Lambda
// entry (our asset, bundled with infra/bundling.ts's options) and a bare node:http server, round
// by round (gateway, serverless-offline, bare) under the same bounded autocannon load. The
// framework is installed outside the repository (`npm install --prefix`, default /tmp/slsoff,
// serverless@3 and serverless-offline@13: the last pair that runs without a Serverless account),
// never in the project's dependencies; its telemetry and notifications are off.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { build } from 'esbuild';
import { lambdaEntry, lambdaEsbuildOptions } from '../../infra/bundling.js';
import { startRawServer } from '../gatewayOverhead.js';
import { table } from '../report.js';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
    /** Per server before the rounds; DynamoDB Local's JVM keeps compiling for a while after it starts. */
    warmup: { type: 'string', default: '5' },
    prefix: { type: 'string', default: '/tmp/slsoff' },
    'in-process': { type: 'boolean', default: false },
    /** `ours`: our Lambda entry; `minimal`: a handler that only returns /health's answer (headers and body). */
    handler: { type: 'string', default: 'ours' },
  },
});
const seconds = Number(args.seconds);
const connections = Number(args.connections);
const root = resolve(import.meta.dirname, '../..');
const prefix = resolve(args.prefix);
const quiet = { SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off', SLS_DEPRECATION_DISABLE: '*' };

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => ok(port));
    });
  });
}

async function untilHealthy(url: string, child: ChildProcess, what: string): Promise<void> {
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not answer GET /health`);
}

/** A child whose output is drained (as a terminal would show it) and kept for errors. */
function start(command: string, argv: string[], cwd: string, env: Record<string, string>) {
  const child = spawn(command, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (d: Buffer) => {
    tail = (tail + d.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise((done) => child.once('exit', done));
  return {
    child,
    tail: () => tail,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

function install(): void {
  if (existsSync(join(prefix, 'node_modules/serverless-offline/package.json'))) return;
  mkdirSync(prefix, { recursive: true });
  const npm = spawnSync(
    'npm',
    ['install', '--prefix', prefix, '--no-audit', '--no-fund', 'serverless@3', 'serverless-offline@13'],
    { stdio: 'inherit', env: { ...process.env, ...quiet } },
  );
  if (npm.status !== 0) throw new Error('npm install of serverless@3 and serverless-offline@13 failed');
}

/** GET /health's answer as our function gives it, without the function: the emulator's own cost. */
const MINIMAL_HANDLER = `exports.handler = async (event) => ({
  statusCode: 200,
  headers: {
    'x-content-type-options': 'nosniff', 'cache-control': 'no-store', vary: 'Origin',
    'x-correlation-id': event.requestContext.requestId, 'content-type': 'application/json',
  },
  body: JSON.stringify({ status: 'ok', version: '1.0.0' }),
});
`;

/** The service: one function (our Lambda entry, or the minimal one) on GET /health, with the settings it reads. */
async function service(dir: string, httpPort: number, lambdaPort: number): Promise<void> {
  if (args.handler === 'minimal') writeFileSync(join(dir, 'handler.js'), MINIMAL_HANDLER);
  else
    await build({
      ...lambdaEsbuildOptions,
      sourcemap: false,
      absWorkingDir: root,
      entryPoints: [lambdaEntry],
      outfile: join(dir, 'handler.js'),
      logLevel: 'warning',
    });
  writeFileSync(join(dir, 'package.json'), '{"type":"commonjs"}\n');
  writeFileSync(
    join(dir, 'serverless.yml'),
    `service: users-api-health
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-1
  environment:
    TABLE_NAME: users-api
    CURSOR_SECRET: bench-secret-bench-secret-bench-secret
    DYNAMODB_ENDPOINT: http://127.0.0.1:9
    POWERTOOLS_LOG_LEVEL: WARN
    AWS_EC2_METADATA_DISABLED: 'true'
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true'
plugins:
  - serverless-offline
custom:
  serverless-offline:
    host: 127.0.0.1
    httpPort: ${httpPort}
    lambdaPort: ${lambdaPort}
    noPrependStageInUrl: true
    noSponsor: true
${args['in-process'] ? '    useInProcess: true\n' : ''}functions:
  health:
    handler: handler.handler
    events:
      - http:
          path: health
          method: get
`,
  );
}

async function rate(url: string) {
  const r = await autocannon({ url, connections, duration: seconds, maxOverallRequests: 1_000_000, timeout: 10 });
  return { rps: r.requests.average, failures: r.non2xx + r.errors + r.timeouts };
}

async function main(): Promise<void> {
  install();
  const dir = mkdtempSync(join(tmpdir(), 'sls-offline-'));
  const [gatewayPort, slsPort, lambdaPort] = [await freePort(), await freePort(), await freePort()];
  await service(dir, slsPort, lambdaPort);
  const sls = start(
    process.execPath,
    [join(prefix, 'node_modules/serverless/bin/serverless.js'), 'offline', 'start'],
    dir,
    { ...quiet, AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local', AWS_EC2_METADATA_DISABLED: 'true' },
  );
  const gateway = start(process.execPath, ['--import', 'tsx', 'src/local/main.ts'], root, {
    PORT: String(gatewayPort),
    DATA_DIR: join(dir, 'data'),
    THROTTLE_RATE: '1000000',
    THROTTLE_BURST: '1000000',
  });
  const raw = await startRawServer(['--import', 'tsx', 'bench/rawHealthServer.ts']);
  try {
    const urls = {
      gateway: `http://127.0.0.1:${gatewayPort}/health`,
      sls: `http://127.0.0.1:${slsPort}/health`,
      bare: raw.url,
    };
    await untilHealthy(urls.sls, sls.child, `serverless-offline\n${sls.tail()}`);
    await untilHealthy(urls.gateway, gateway.child, `the local gateway\n${gateway.tail()}`);
    const answer = await fetch(urls.sls);
    console.log(`serverless-offline answers GET /health: ${answer.status} ${await answer.text()}`);
    for (const url of Object.values(urls)) await autocannon({ url, connections, duration: Number(args.warmup) }); // warm-up
    const loads = [loadavg()[0] ?? 0];
    const rows: (string | number)[][] = [
      ['round', 'gateway', 'serverless-offline', 'bare node:http', 'gateway ÷ sls', 'gateway ÷ bare', 'failures'],
    ];
    for (let round = 1; round <= Number(args.rounds); round++) {
      const g = await rate(urls.gateway);
      const s = await rate(urls.sls);
      const b = await rate(urls.bare);
      loads.push(loadavg()[0] ?? 0);
      rows.push([
        round,
        Math.round(g.rps),
        Math.round(s.rps),
        Math.round(b.rps),
        (g.rps / s.rps).toFixed(2),
        (g.rps / b.rps).toFixed(3),
        g.failures + s.failures + b.failures,
      ]);
    }
    console.log(
      `GET /health req/s, autocannon -c ${connections}, ${seconds} s per server per round, serverless-offline ` +
        `${args['in-process'] ? 'useInProcess' : 'worker threads (its default)'}, its handler: ${args.handler}, load average ${loads.map((l) => l.toFixed(2)).join(' → ')}`,
    );
    console.log(table(rows));
  } finally {
    raw.stop();
    await Promise.all([sls.stop(), gateway.stop()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
