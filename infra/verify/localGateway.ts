// Starts a local gateway (`src/local/main.ts`, as `npm start` does) from the same document
// the stage was deployed from, on a free port with its own DynamoDB Local and data, to
// replay the fidelity table against; with API keys on when the stage has them, holding the
// run's key on the same tier. It never sees AWS credentials.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { VERIFY_TIER } from '../usagePlans.js';

export interface LocalGateway {
  baseUrl: string;
  /** Its DATA_DIR: the local issuer's key is under it. */
  dataDir: string;
  stop(): Promise<void>;
}

const root = resolve(import.meta.dirname, '../..');
const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;
/** What the child must not inherit: AWS credentials, and settings that would point it elsewhere. */
const WITHHELD =
  /^(AWS_|DYNAMODB_ENDPOINT$|DATA_DIR$|PORT$|ALLOWED_ORIGINS$|CURSOR_SECRET$|TABLE_NAME$|THROTTLE_|API_KEYS)/;

/**
 * With `apiKey`, API_KEYS=on and an API_KEYS_FILE (src/local/apiKeysFile.ts) under the data
 * directory, readable by its owner only and removed with it, holding that one key.
 */
function apiKeysEnv(dataDir: string, apiKey: string | undefined): Record<string, string> {
  if (apiKey === undefined) return { API_KEYS: 'off' };
  const file = join(dataDir, 'api-keys.json');
  writeFileSync(file, JSON.stringify({ keys: [{ name: 'verify', tier: VERIFY_TIER, value: apiKey }] }), {
    mode: 0o600,
  });
  return { API_KEYS: 'on', API_KEYS_FILE: file };
}

export function startLocalGateway(
  allowedOrigins: readonly string[],
  options: { apiKey?: string | undefined; timeoutMs?: number } = {},
): Promise<LocalGateway> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const dataDir = mkdtempSync(join(tmpdir(), 'users-api-verify-'));
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !WITHHELD.test(k)));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/local/main.ts'], {
    cwd: root,
    env: {
      ...inherited,
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_REQUESTS: 'false',
      ALLOWED_ORIGINS: allowedOrigins.join(','),
      // The table is replayed once, well inside any throttle; the stage's own throttle is not compared.
      THROTTLE_RATE: '100000',
      THROTTLE_BURST: '100000',
      ...apiKeysEnv(dataDir, options.apiKey),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (d: Buffer) => {
    output += d.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => {
      void stop().then(() => fail(new Error(`the local gateway did not start in ${timeoutMs} ms:\n${output}`)));
    }, timeoutMs);
    child.stdout.on('data', () => {
      const url = LISTENING.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      ok({ baseUrl: url, dataDir, stop });
    });
    void exited.then(() => {
      clearTimeout(timer);
      rmSync(dataDir, { recursive: true, force: true });
      fail(new Error(`the local gateway exited before listening (it needs Java 17 for DynamoDB Local):\n${output}`));
    });
  });
}
