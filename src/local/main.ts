// `npm start`: DynamoDB Local (unless DYNAMODB_ENDPOINT is set), the table, and
// the local gateway on 127.0.0.1:3000, enforcing the imported API document in front
// of the Lambda entry. The JVM starts first, before the gateway's modules load.
import { launchDynamoDbLocal } from './dynamodbLocal.js';
import { checkConfiguration, configureFunction, dataDir, dbDir } from './stageConfig.js';
import { acquireStageLock } from './stageLock.js';

const env = process.env;

async function main(): Promise<void> {
  const keys = checkConfiguration();
  // One stage per data dir; `npm run dev` holds the lock for the stages it restarts.
  const lock = await acquireStageLock(dataDir, Number(env.STAGE_LOCK_HOLDER) || undefined);
  const database = env.DYNAMODB_ENDPOINT ? undefined : await launchDynamoDbLocal({ dataDir: dbDir });
  lock.recordJvm(database?.pid);
  configureFunction(database?.endpoint);
  // Loaded only now, while the JVM starts: the SDK, the gateway and the Lambda entry take seconds.
  const { serveStage } = await import('./stageServer.js');
  await serveStage(database, keys);
}

main().catch((err: unknown) => {
  const known = err instanceof Error && ['StartupError', 'ConfigError'].includes(err.name);
  console.error(`npm start: ${known ? (err as Error).message : ((err as Error).stack ?? String(err))}`);
  process.exit(1);
});
