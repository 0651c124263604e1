// `npm start`: DynamoDB Local (unless DYNAMODB_ENDPOINT is set), the table, and
// the local gateway on 127.0.0.1:3000, enforcing the imported API document in front
// of the Lambda entry. The JVM starts first; the rest overlaps its start-up.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { throttleByStage } from '../../infra/throttle.js';
import { createLineWriter } from './accessLog.js';
import { createRestApi, type ProxyHandler } from './apiGateway/restApi.js';
import { StageThrottle } from './apiGateway/stageThrottle.js';
import { UsagePlanEnforcer } from './apiGateway/usagePlans.js';
import { loadApiKeysFile } from './apiKeysFile.js';
import { ensureTable, migrateData } from './bootstrap.js';
import { type LaunchedDynamoDbLocal, launchDynamoDbLocal, StartupError } from './dynamodbLocal.js';
import { createGateway } from './gateway.js';
import { type LocalIssuer, loadLocalIssuer } from './issuer.js';
import { LOCAL_FUNCTION_URI, LOCAL_USER_POOL_ARN, localApiDocument } from './localStage.js';
import { readinessGate } from './readiness.js';
import { acquireStageLock } from './stageLock.js';
import { writeStageState } from './stageState.js';

const env = process.env;
const dataDir = resolve(env.DATA_DIR ?? '.data');
const port = Number(env.PORT ?? 3000);
const dbDir = join(dataDir, 'dynamodb');
const quiet = env.LOG_REQUESTS === 'false';
const verbose = process.argv.slice(2).includes('--verbose');

/** The dev stage's throttle, unless THROTTLE_RATE / THROTTLE_BURST override it (e.g. for load tests). */
function throttleLimits() {
  const rateLimit = Number(env.THROTTLE_RATE ?? throttleByStage.dev.rateLimit);
  const burstLimit = Number(env.THROTTLE_BURST ?? throttleByStage.dev.burstLimit);
  if (!(rateLimit > 0 && burstLimit >= 1)) throw new StartupError('THROTTLE_RATE must be > 0 and THROTTLE_BURST >= 1.');
  return { rateLimit, burstLimit };
}

/**
 * API_KEYS=on requires keys as `-c apiKeys=on` does in AWS; they come from API_KEYS_FILE
 * (default .data/api-keys.json, written with one key when missing). Anything else but off is refused.
 */
function apiKeys() {
  const setting = env.API_KEYS ?? 'off';
  if (setting !== 'on' && setting !== 'off') throw new StartupError(`API_KEYS must be on or off, not "${setting}".`);
  if (setting === 'off') return undefined;
  const file = resolve(env.API_KEYS_FILE ?? join(dataDir, 'api-keys.json'));
  return { file, ...loadApiKeysFile(file) };
}

/** A cursor-signing secret kept under .data/, so cursors survive restarts. */
function localSecret(): string {
  const file = join(dataDir, 'cursor-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

function listen(server: ReturnType<typeof createGateway>): Promise<number> {
  return new Promise((ok, fail) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      fail(
        err.code === 'EADDRINUSE'
          ? new StartupError(`Port ${port} on 127.0.0.1 is already in use: stop what uses it or set PORT.`)
          : err,
      ),
    );
    server.listen(port, '127.0.0.1', () => ok((server.address() as AddressInfo).port));
  });
}

/** What the Lambda entry reads from the environment at load; the SDK never looks for real credentials. */
function configureFunction(database: LaunchedDynamoDbLocal | undefined): void {
  env.AWS_EC2_METADATA_DISABLED = 'true';
  // On Node 20 the SDK warns at every start that its 2027 releases need Node 22; the Lambda
  // runs on 22 and `engines` says what runs locally, so the local stage starts quietly.
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  env.AWS_REGION ??= 'us-east-1';
  env.TABLE_NAME ??= 'users-api';
  env.CURSOR_SECRET ??= localSecret();
  if (database) env.DYNAMODB_ENDPOINT = database.endpoint;
  // The function's own JSON log lines (Powertools) only when asked: `--verbose`, LOG_LEVEL or
  // POWERTOOLS_LOG_LEVEL. By default the gateway's access line says what each request did and
  // the function logs only warnings and errors (a 500's cause among them).
  if (!env.POWERTOOLS_LOG_LEVEL && !env.LOG_LEVEL) env.POWERTOOLS_LOG_LEVEL = verbose ? 'DEBUG' : 'WARN';
}

/** The table (made when missing) and the data migrations, once DynamoDB Local accepts connections. */
async function prepareTable(database: LaunchedDynamoDbLocal | undefined): Promise<void> {
  await database?.ready;
  if (database) console.log(`DynamoDB Local on ${database.endpoint} (data in ${dbDir})`);
  const client = new DynamoDBClient({
    region: env.AWS_REGION,
    endpoint: env.DYNAMODB_ENDPOINT,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  try {
    console.log(
      `Table ${env.TABLE_NAME} at ${env.DYNAMODB_ENDPOINT}: ${await ensureTable(client, env.TABLE_NAME ?? '')}`,
    );
    console.log(`Migrations: ${await migrateData(client, env.TABLE_NAME ?? '')}`);
  } catch (err) {
    if (database) throw err;
    // An external DynamoDB may come up later; until then requests get 503.
    console.warn(
      `DynamoDB at ${env.DYNAMODB_ENDPOINT} is not reachable yet (${(err as Error).name}): requests get 503 until it is.`,
    );
  } finally {
    client.destroy();
  }
}

/** The Lambda entry, imported once configureFunction has set what it reads at load. */
async function loadFunction(): Promise<ProxyHandler> {
  return (await import('../lambda/handler.js')).handler;
}

function localRestApi(
  issuer: LocalIssuer,
  handler: ProxyHandler,
  keys: ReturnType<typeof apiKeys>,
  log: { log?: (line: string) => void },
) {
  // Browsers of local frontends (Vite's default ports) may call the API; the Lambda reads the same variable.
  env.ALLOWED_ORIGINS ??= 'http://localhost:5173,http://127.0.0.1:5173';
  const allowedOrigins = env.ALLOWED_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return createRestApi({
    document: localApiDocument(allowedOrigins, { apiKeys: keys !== undefined }),
    functions: new Map([[LOCAL_FUNCTION_URI, handler]]),
    userPools: new Map([[LOCAL_USER_POOL_ARN, issuer]]),
    throttle: new StageThrottle(throttleLimits()),
    ...(keys ? { usagePlans: new UsagePlanEnforcer(keys.keys) } : {}),
    ...log,
  });
}

function printBanner(base: string, database: LaunchedDynamoDbLocal | undefined, keys: ReturnType<typeof apiKeys>) {
  console.log(`Users API listening on ${base}`);
  console.log(`  docs:  ${base}/docs (build them with npm run docs)   spec: ${base}/openapi.json`);
  console.log('  token: npm run -s token -- --sub alice --admin   then  -H "Authorization: Bearer <token>"');
  if (keys) {
    console.log(
      `  keys:  API keys required (x-api-key), ${keys.keys.length} in ${keys.file}${keys.created ? ' (just written)' : ''};` +
        ' add one as {"name","tier","value"} to its "keys" and restart (docs/deploy.md, "Options")',
    );
  }
  console.log(`  data:  ${database ? dbDir : env.DYNAMODB_ENDPOINT} (npm run seed adds sample users and items)`);
}

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new StartupError(`PORT must be 0–65535, not ${env.PORT}.`);
  const keys = apiKeys(); // like the throttle's, its configuration is refused before anything starts
  throttleLimits();
  // `npm run dev` holds the data dir's lock for the stages it restarts.
  const lock = await acquireStageLock(dataDir, Number(env.STAGE_LOCK_HOLDER) || undefined);
  const database = env.DYNAMODB_ENDPOINT ? undefined : await launchDynamoDbLocal({ dataDir: dbDir });
  lock.recordJvm(database?.pid);
  configureFunction(database);
  // One access line per request, written in batches (src/local/accessLog.ts).
  const lines = createLineWriter((chunk) => process.stdout.write(chunk));
  process.once('exit', lines.flush);
  const log = quiet ? {} : { log: lines.line };
  const gate = readinessGate();
  const server = createGateway(gate.handler, log);
  const shutdown = async (signal: string) => {
    lines.flush();
    console.log(`${signal}: stopping`);
    server.close();
    server.closeAllConnections();
    await database?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  const boundPort = await listen(server); // early, so a taken port fails first; 503 until ready

  const [issuer, handler] = await Promise.all([loadLocalIssuer(dataDir), loadFunction(), prepareTable(database)]);
  gate.open(localRestApi(issuer, handler, keys, log));
  const base = `http://127.0.0.1:${boundPort}`;
  writeStageState({ url: base, port: boundPort, dataDir, kid: issuer.kid, pid: process.pid });
  printBanner(base, database, keys);
}

main().catch((err: unknown) => {
  const known = err instanceof Error && ['StartupError', 'ConfigError'].includes(err.name);
  console.error(`npm start: ${known ? (err as Error).message : ((err as Error).stack ?? String(err))}`);
  process.exit(1);
});
