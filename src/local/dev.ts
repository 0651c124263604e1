// `npm run dev`: `npm start` that follows your edits. DynamoDB Local starts once and
// stays up; the gateway and the function (src/local/main.ts) restart when src/ or
// infra/spec/ changes, and `npm run generate` runs first when the spec changes.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type DirectoryWatch, watchDirectory } from './directoryWatch.js';
import { type LaunchedDynamoDbLocal, startDynamoDbLocal } from './dynamodbLocal.js';
import { acquireStageLock } from './stageLock.js';

const root = resolve(import.meta.dirname, '../..');
const env = process.env;
const dataDir = resolve(env.DATA_DIR ?? '.data');
/** The folders a split spec keeps its files in (docs/adding-an-operation.md), beside openapi.yaml. */
const specFolders = [join(root, 'paths'), join(root, 'components')].filter((f) => existsSync(f));
/** What restarts the stage; DEV_WATCH (comma-separated folders) replaces it, e.g. in tests. */
const watched = env.DEV_WATCH ? env.DEV_WATCH.split(',') : [join(root, 'src'), join(root, 'infra/spec')];
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');

let stage: ChildProcess | undefined;
let database: LaunchedDynamoDbLocal | undefined;
let timer: NodeJS.Timeout | undefined;
let specChanged = false;

function start(): void {
  // Its own arguments (`npm run dev -- --verbose`) go to the stage.
  stage = spawn(process.execPath, [tsx, join(root, 'src/local/main.ts'), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  });
}

function stop(): Promise<void> {
  const running = stage;
  stage = undefined;
  if (!running || running.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    running.once('exit', () => done());
    running.kill('SIGTERM');
  });
}

/** Regenerates when generated/ is stale; false (the old stage keeps running) when the spec does not generate. */
function generate(): boolean {
  const script = join(root, 'src/codegen/generate.ts');
  if (spawnSync(process.execPath, [tsx, script, '--check'], { stdio: 'ignore' }).status === 0) return true;
  const result = spawnSync(process.execPath, [tsx, script], { stdio: 'inherit' });
  if (result.status === 0) return true;
  console.error('npm run dev: openapi.yaml does not generate (above); the stage keeps the last good version.');
  return false;
}

/** Many events arrive for one save: act once, 200 ms after the last. */
function changed(isSpec: boolean): void {
  specChanged ||= isSpec;
  clearTimeout(timer);
  timer = setTimeout(async () => {
    const regenerate = specChanged;
    specChanged = false;
    if (regenerate && !generate()) return;
    console.log(`npm run dev: ${regenerate ? 'openapi.yaml' : 'the code'} changed, restarting`);
    await stop();
    start();
  }, 200);
}

async function main(): Promise<void> {
  if (!generate()) process.exit(1);
  // The data dir's lock is this process's; the stages it restarts inherit it (STAGE_LOCK_HOLDER).
  const lock = await acquireStageLock(dataDir);
  env.STAGE_LOCK_HOLDER = String(process.pid);
  if (!env.DYNAMODB_ENDPOINT) {
    database = await startDynamoDbLocal({ dataDir: join(dataDir, 'dynamodb') });
    lock.recordJvm(database.pid);
    env.DYNAMODB_ENDPOINT = database.endpoint;
    console.log(`DynamoDB Local on ${database.endpoint} (data in ${join(dataDir, 'dynamodb')}), kept across restarts`);
  }
  // Folders, not files: a file replaced by `sed -i` or an editor's safe-write keeps being watched.
  const watchers: DirectoryWatch[] = [
    watchDirectory(root, () => changed(true), 'openapi.yaml'),
    ...specFolders.map((dir) => watchDirectory(dir, () => changed(true))),
    ...watched.map((dir) => watchDirectory(dir, () => changed(false))),
  ];
  start();
  const shutdown = async () => {
    for (const watcher of watchers) watcher.close();
    clearTimeout(timer);
    await stop();
    await database?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((err: unknown) => {
  console.error(`npm run dev: ${(err as Error).message}`);
  process.exit(1);
});
