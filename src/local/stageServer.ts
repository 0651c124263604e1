// The local stage's gateway: listening at once and answering 503 until ready, then the
// table, the Lambda entry and the API document behind it, and the banner saying where it is.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createLineWriter } from './accessLog.js';
import { createRestApi, type ProxyHandler } from './apiGateway/restApi.js';
import { StageThrottle } from './apiGateway/stageThrottle.js';
import { UsagePlanEnforcer } from './apiGateway/usagePlans.js';
import { ensureTable, migrateData } from './bootstrap.js';
import { docsBannerLine } from './devRoutes.js';
import { type LaunchedDynamoDbLocal, StartupError } from './dynamodbLocal.js';
import { type LocalEvents, startLocalEvents } from './events/startLocalEvents.js';
import { createGateway } from './gateway.js';
import { type LocalIssuer, loadLocalIssuer } from './issuer.js';
import { LOCAL_FUNCTION_URI, LOCAL_USER_POOL_ARN, localApiDocument } from './localStage.js';
import { readinessGate } from './readiness.js';
import { type apiKeys, dataDir, dbDir, port, quiet, throttleLimits } from './stageConfig.js';
import { writeStageState } from './stageState.js';

const env = process.env;
type ApiKeys = ReturnType<typeof apiKeys>;

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

/** The table (made when missing) and the data migrations, once DynamoDB Local accepts connections. */
async function prepareTable(database: LaunchedDynamoDbLocal | undefined): Promise<void> {
  await database?.ready;
  if (database) console.log(`DynamoDB Local on ${database.endpoint} (data in ${dbDir})`);
  const client = new DynamoDBClient({
    region: env.AWS_REGION,
    endpoint: env.DYNAMODB_ENDPOINT,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    // A JVM that has just opened its port may still reset a connection (retried); an
    // external DynamoDB that is not there fails at once.
    maxAttempts: database ? 5 : 1,
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
  keys: ApiKeys,
  log: { log?: (line: string) => void },
) {
  // The gateway's CORS (mock OPTIONS, gateway responses) allows the origins the function does (stageConfig.ts).
  const allowedOrigins = (env.ALLOWED_ORIGINS ?? '')
    .split(',')
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

function printBanner(base: string, database: LaunchedDynamoDbLocal | undefined, keys: ApiKeys) {
  console.log(`Users API listening on ${base}`);
  console.log(docsBannerLine(base));
  console.log('  token: npm run -s token -- --sub alice --admin   then  -H "Authorization: Bearer <token>"');
  if (keys) {
    console.log(
      `  keys:  API keys required (x-api-key), ${keys.keys.length} in ${keys.file}${keys.created ? ' (just written)' : ''};` +
        ' add one as {"name","tier","value"} to its "keys" and restart (docs/deploy.md, "Options")',
    );
  }
  console.log(`  events: curl -N ${base}/_events   log: ${join(dataDir, 'events', 'events.jsonl')}`);
  console.log(`  data:  ${database ? dbDir : env.DYNAMODB_ENDPOINT} (npm run seed adds sample users and items)`);
}

/** Serves the stage: 503 problems from the first moment, the API once the table and the function are ready. */
export async function serveStage(database: LaunchedDynamoDbLocal | undefined, keys: ApiKeys): Promise<void> {
  // One access line per request, written in batches (src/local/accessLog.ts).
  const lines = createLineWriter((chunk) => process.stdout.write(chunk));
  process.once('exit', lines.flush);
  const log = quiet ? {} : { log: lines.line };
  const gate = readinessGate();
  const server = createGateway(gate.handler, log);
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
  const boundPort = await listen(server);
  const [issuer, handler] = await Promise.all([loadLocalIssuer(dataDir), loadFunction(), prepareTable(database)]);
  gate.open(localRestApi(issuer, handler, keys, log));
  // The table's stream, read and published as domain events, as the consumer does in AWS (src/local/events/).
  events = startLocalEvents({
    endpoint: env.DYNAMODB_ENDPOINT ?? '',
    region: env.AWS_REGION ?? 'us-east-1',
    tableName: env.TABLE_NAME ?? '',
    dataDir,
    eventsUrl: env.EVENTS_URL,
    sharedTable: !database,
  });
  const base = `http://127.0.0.1:${boundPort}`;
  writeStageState({ url: base, port: boundPort, dataDir, kid: issuer.kid, pid: process.pid });
  printBanner(base, database, keys);
}
