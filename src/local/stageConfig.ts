// The local stage's configuration, read from the environment once and refused with one
// sentence when wrong, before anything starts; and what the Lambda entry reads at load.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { throttleByStage } from '../../infra/throttle.js';
import { loadApiKeysFile } from './apiKeysFile.js';
import { StartupError } from './dynamodbLocal.js';

const env = process.env;
export const dataDir = resolve(env.DATA_DIR ?? '.data');
export const port = Number(env.PORT ?? 3000);
export const dbDir = join(dataDir, 'dynamodb');
export const quiet = env.LOG_REQUESTS === 'false';
export const verbose = process.argv.slice(2).includes('--verbose');

export /** The dev stage's throttle, unless THROTTLE_RATE / THROTTLE_BURST override it (e.g. for load tests). */
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
export function apiKeys() {
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

/** What the Lambda entry reads from the environment at load; the SDK never looks for real credentials. */
export function configureFunction(endpoint: string | undefined): void {
  env.AWS_EC2_METADATA_DISABLED = 'true';
  // On Node 20 the SDK warns at every start that its 2027 releases need Node 22; the Lambda
  // runs on 22 and `engines` says what runs locally, so the local stage starts quietly.
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  env.AWS_REGION ??= 'us-east-1';
  env.TABLE_NAME ??= 'users-api';
  env.CURSOR_SECRET ??= localSecret();
  // Browsers of local frontends (Vite's default ports) may call the API. Set before the Lambda
  // entry loads: it reads the same variable once, at load, as in AWS.
  env.ALLOWED_ORIGINS ??= 'http://localhost:5173,http://127.0.0.1:5173';
  if (endpoint) env.DYNAMODB_ENDPOINT = endpoint;
  // The function's own JSON log lines (Powertools) only when asked: `--verbose`, LOG_LEVEL or
  // POWERTOOLS_LOG_LEVEL. By default the gateway's access line says what each request did and
  // the function logs only warnings and errors (a 500's cause among them).
  if (!env.POWERTOOLS_LOG_LEVEL && !env.LOG_LEVEL) env.POWERTOOLS_LOG_LEVEL = verbose ? 'DEBUG' : 'WARN';
}

/** Refuses a wrong PORT, THROTTLE_* or API_KEYS before anything starts; the API keys to require, if any. */
export function checkConfiguration() {
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new StartupError(`PORT must be 0–65535, not ${env.PORT}.`);
  throttleLimits();
  return apiKeys();
}
