// End to end over HTTP: autocannon against the local gateway (src/local in front of the
// Lambda entry, on DynamoDB Local), and DynamoDB Local's own GetItem rate through the SDK at
// the same concurrency, which bounds what any API on it can do.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { createDocumentClient } from '../src/store/client.js';
import { createUsersRepository } from '../src/store/users.js';
import { startGateway } from '../test/support/gateway.js';
import { adminToken } from '../test/support/tokens.js';
import { CHECK_MARKER, type CheckStep } from './events.js';

export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  requests: number;
}

export type { CheckStep } from './events.js';

export interface E2eResult {
  get: LoadResult;
  post: LoadResult;
  /** The mean of two runs, right before and right after the gateway's, on a warmed-up JVM. */
  rawGetItemPerSec: number;
  rawGetItemRuns: [number, number];
  /** The Lambda bundle's own pass over the operations, on the same DynamoDB Local. */
  artifactCheck: CheckStep[];
}

export interface E2eOptions {
  durationSec: number;
  connections: number;
  warmupSec: number;
  /** The Lambda bundle, the check probe, the environment and the Node binary to run them in. */
  artifact: { bundle: string; check: string; env: Record<string, string>; node: string };
  /** More work on the same gateway and DynamoDB Local, once the loads are done (JVM warm). */
  onGateway?: (gateway: LocalStage) => Promise<void>;
}

/** The running local stage: the gateway's URL, its DynamoDB Local and the table on it. */
export interface LocalStage {
  baseUrl: string;
  dataDir: string;
  endpoint: string;
  table: string;
}

const TABLE = 'users-api-bench';

async function load(options: autocannon.Options): Promise<LoadResult> {
  const result = await autocannon({ ...options, timeout: 10 });
  return {
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    requests: result.requests.total,
  };
}

/** GetItem calls per second from `concurrency` loops through the SDK, for `seconds`. */
async function rawGetItems(endpoint: string, userId: string, seconds: number, concurrency: number): Promise<number> {
  const db = createDocumentClient({ region: 'us-east-1', endpoint });
  // The same GetItem (consistent read of the user item) that GET /users/{userId} makes.
  const users = createUsersRepository(db, TABLE, 'bench-cursor-secret-'.padEnd(48, 'x'));
  const loop = async (until: number) => {
    let done = 0;
    while (performance.now() < until) {
      if (!(await users.get(userId))) throw new Error(`user ${userId} not found`);
      done++;
    }
    return done;
  };
  const started = performance.now();
  const counts = await Promise.all(Array.from({ length: concurrency }, () => loop(started + seconds * 1000)));
  const elapsed = (performance.now() - started) / 1000;
  db.destroy();
  return counts.reduce((a, b) => a + b, 0) / elapsed;
}

async function checkArtifact(artifact: E2eOptions['artifact'], endpoint: string): Promise<CheckStep[]> {
  const { stdout } = await promisify(execFile)(artifact.node, [artifact.check, artifact.bundle], {
    env: { ...artifact.env, DYNAMODB_ENDPOINT: endpoint, TABLE_NAME: TABLE },
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = stdout.split('\n').find((l) => l.startsWith(CHECK_MARKER));
  if (!line) throw new Error(`the artifact check printed no result:\n${stdout.slice(-2000)}`);
  return JSON.parse(line.slice(CHECK_MARKER.length)) as CheckStep[];
}

export async function runE2e({
  durationSec,
  connections,
  warmupSec,
  artifact,
  onGateway,
}: E2eOptions): Promise<E2eResult> {
  const gateway = await startGateway({
    // Load far beyond the dev stage's throttle: the throttle is not what is measured.
    THROTTLE_RATE: '1000000',
    THROTTLE_BURST: '1000000',
    TABLE_NAME: TABLE,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  try {
    const endpoint = /DynamoDB Local on (http:\/\/127\.0\.0\.1:\d+)/.exec(gateway.output())?.[1];
    if (!endpoint) throw new Error(`no DynamoDB Local endpoint in:\n${gateway.output()}`);
    const authorization = `Bearer ${await adminToken(gateway.dataDir)}`;
    const headers = { authorization, 'content-type': 'application/json' };
    const run = Date.now().toString(36);
    const seeded = await fetch(`${gateway.baseUrl}/users`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Bench Reader', email: `reader-${run}@example.com` }),
    });
    if (seeded.status !== 201) throw new Error(`seeding a user failed: ${seeded.status} ${await seeded.text()}`);
    const { userId } = (await seeded.json()) as { userId: string };
    const artifactCheck = await checkArtifact(artifact, endpoint);

    const getOptions = { url: `${gateway.baseUrl}/users/${userId}`, headers: { authorization }, connections };
    // DynamoDB Local is a JVM: warm it (and the gateway) up before measuring either side.
    await rawGetItems(endpoint, userId, warmupSec, connections);
    await load({ ...getOptions, duration: warmupSec });
    const rawBefore = await rawGetItems(endpoint, userId, durationSec / 2, connections);
    const get = await load({ ...getOptions, duration: durationSec });
    let n = 0;
    const post = await load({
      url: gateway.baseUrl,
      connections,
      duration: durationSec,
      requests: [
        {
          method: 'POST',
          path: '/users',
          headers,
          // A new email per request: each POST creates a user, none is refused as taken.
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({ name: 'Bench Writer', email: `writer-${run}-${++n}@example.com`, age: 30 }),
          }),
        },
      ],
    });
    const rawAfter = await rawGetItems(endpoint, userId, durationSec / 2, connections);
    await onGateway?.({ baseUrl: gateway.baseUrl, dataDir: gateway.dataDir, endpoint, table: TABLE });
    return {
      get,
      post,
      rawGetItemPerSec: (rawBefore + rawAfter) / 2,
      rawGetItemRuns: [rawBefore, rawAfter],
      artifactCheck,
    };
  } finally {
    await gateway.stop();
  }
}
