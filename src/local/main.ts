// `npm start`: DynamoDB Local (unless DYNAMODB_ENDPOINT is set), the table, and
// the local gateway on 127.0.0.1:3000, enforcing the imported API document in front
// of the Lambda entry.
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
import { type DynamoDbLocal, StartupError, startDynamoDbLocal } from './dynamodbLocal.js';
import { type LocalEvents, startLocalEvents } from './events/startLocalEvents.js';
import { createGateway } from './gateway.js';
import { loadLocalIssuer } from './issuer.js';
import { LOCAL_FUNCTION_URI, LOCAL_USER_POOL_ARN, localApiDocument } from './localStage.js';

const env = process.env;
const dataDir = resolve(env.DATA_DIR ?? '.data');
const port = Number(env.PORT ?? 3000);
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

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new StartupError(`PORT must be 0–65535, not ${env.PORT}.`);
  // Browsers of local frontends (Vite's default ports) may call the API; the Lambda reads the same variable.
  env.ALLOWED_ORIGINS ??= 'http://localhost:5173,http://127.0.0.1:5173';
  const allowedOrigins = env.ALLOWED_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  // Requests that arrive while DynamoDB Local starts wait for the function, as requests
  // wait out a Lambda cold start, instead of failing.
  let ready: (handler: ProxyHandler) => void = () => {};
  let entry: ProxyHandler | undefined; // once loaded, called without waiting on the promise
  const lambdaEntry = new Promise<ProxyHandler>((resolve) => {
    ready = (handler) => {
      entry = handler;
      resolve(handler);
    };
  });
  // One access line per request, written in batches (src/local/accessLog.ts).
  const lines = createLineWriter((chunk) => process.stdout.write(chunk));
  process.once('exit', lines.flush);
  const log = quiet ? {} : { log: lines.line };
  const keys = apiKeys();
  const restApi = createRestApi({
    document: localApiDocument(allowedOrigins, { apiKeys: keys !== undefined }),
    functions: new Map([[LOCAL_FUNCTION_URI, (event) => (entry ? entry(event) : lambdaEntry.then((fn) => fn(event)))]]),
    userPools: new Map([[LOCAL_USER_POOL_ARN, await loadLocalIssuer(dataDir)]]),
    throttle: new StageThrottle(throttleLimits()),
    ...(keys ? { usagePlans: new UsagePlanEnforcer(keys.keys) } : {}),
    ...log,
  });
  const server = createGateway(restApi, log);
  const boundPort = await listen(server); // first, so a taken port fails before anything starts

  let database: DynamoDbLocal | undefined;
  let events: LocalEvents | undefined;
  const shutdown = async (signal: string) => {
    lines.flush();
    console.log(`${signal}: stopping`);
    server.close();
    server.closeAllConnections();
    await events?.stop();
    await database?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  // The SDK must never go looking for real credentials or the metadata service.
  env.AWS_EC2_METADATA_DISABLED = 'true';
  // On Node 20 the SDK warns at every start that its 2027 releases need Node 22; the Lambda
  // runs on 22 and `engines` says what runs locally, so the local stage starts quietly.
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  env.AWS_REGION ??= 'us-east-1';
  env.TABLE_NAME ??= 'users-api';
  env.CURSOR_SECRET ??= localSecret();
  if (!env.DYNAMODB_ENDPOINT) {
    database = await startDynamoDbLocal({ dataDir: join(dataDir, 'dynamodb') });
    env.DYNAMODB_ENDPOINT = database.endpoint;
    console.log(`DynamoDB Local on ${database.endpoint} (data in ${join(dataDir, 'dynamodb')})`);
  }
  const client = new DynamoDBClient({
    region: env.AWS_REGION,
    endpoint: env.DYNAMODB_ENDPOINT,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  try {
    console.log(`Table ${env.TABLE_NAME} at ${env.DYNAMODB_ENDPOINT}: ${await ensureTable(client, env.TABLE_NAME)}`);
    console.log(`Migrations: ${await migrateData(client, env.TABLE_NAME)}`);
  } catch (err) {
    if (database) throw err;
    // An external DynamoDB may come up later; until then requests get 503.
    console.warn(
      `DynamoDB at ${env.DYNAMODB_ENDPOINT} is not reachable yet (${(err as Error).name}): requests get 503 until it is.`,
    );
  } finally {
    client.destroy();
  }

  // The function's own JSON log lines (Powertools) only when asked: `--verbose`, LOG_LEVEL or
  // POWERTOOLS_LOG_LEVEL. By default the gateway's access line says what each request did and
  // the function logs only warnings and errors (a 500's cause among them).
  if (!env.POWERTOOLS_LOG_LEVEL && !env.LOG_LEVEL) env.POWERTOOLS_LOG_LEVEL = verbose ? 'DEBUG' : 'WARN';
  // Imported only now: the entry reads its configuration from the environment at load.
  ready((await import('../lambda/handler.js')).handler);
  events = startLocalEvents({
    endpoint: env.DYNAMODB_ENDPOINT,
    region: env.AWS_REGION,
    tableName: env.TABLE_NAME,
    dataDir,
    eventsUrl: env.EVENTS_URL,
    sharedTable: !database,
  });
  const base = `http://127.0.0.1:${boundPort}`;
  console.log(`Users API listening on ${base}`);
  console.log(`  docs:  ${base}/docs (build them with npm run docs)   spec: ${base}/openapi.json`);
  console.log('  token: npm run -s token -- --sub alice --admin   then  -H "Authorization: Bearer <token>"');
  if (keys) {
    console.log(
      `  keys:  API keys required (x-api-key), ${keys.keys.length} in ${keys.file}${keys.created ? ' (just written)' : ''};` +
        ' add one as {"name","tier","value"} to its "keys" and restart (docs/deploy.md, "Options")',
    );
  }
  console.log(`  events: curl -N ${base}/_events   log: ${join(dataDir, 'events', 'events.jsonl')}`);
  console.log(
    `  data:  ${database ? join(dataDir, 'dynamodb') : env.DYNAMODB_ENDPOINT} (npm run seed adds sample users and items)`,
  );
}

main().catch((err: unknown) => {
  const known = err instanceof Error && ['StartupError', 'ConfigError'].includes(err.name);
  console.error(`npm start: ${known ? (err as Error).message : ((err as Error).stack ?? String(err))}`);
  process.exit(1);
});
