// The local stage's API keys (when API_KEYS=on): a JSON file, by default .data/api-keys.json
// (gitignored), read at start. API Gateway generates keys in AWS; locally you write them:
//   { "keys": [ { "name": "acme", "tier": "partner", "value": "<20+ characters>" } ],
//     "tiers": { "tiny": { "throttle": { "rateLimit": 1, "burstLimit": 2 },
//                          "quota": { "limit": 3, "period": "DAY" } } } }
// `tier` names one of infra/usagePlans.ts or of the file's own `tiers`; `enabled` defaults to true.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { quotaPeriods, type UsagePlanTier, usagePlanTiers } from '../../infra/usagePlans.js';
import type { LocalApiKey } from './apiGateway/usagePlans.js';
import { StartupError } from './dynamodbLocal.js';

/** API Gateway refuses key values under 20 characters. */
const KEY_VALUE = /^[\x21-\x7e]{20,128}$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const positiveInteger = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v > 0;

function toTier(name: string, value: unknown): UsagePlanTier {
  const t = isRecord(value) ? value : {};
  const throttle = isRecord(t.throttle) ? t.throttle : {};
  const quota = isRecord(t.quota) ? t.quota : {};
  if (!(typeof throttle.rateLimit === 'number' && throttle.rateLimit > 0 && positiveInteger(throttle.burstLimit))) {
    throw new Error(`tier ${name}: throttle needs rateLimit > 0 and a whole burstLimit >= 1`);
  }
  if (!positiveInteger(quota.limit) || !(quotaPeriods as readonly unknown[]).includes(quota.period)) {
    throw new Error(`tier ${name}: quota needs a whole limit >= 1 and a period of ${quotaPeriods.join(', ')}`);
  }
  return {
    throttle: { rateLimit: throttle.rateLimit, burstLimit: throttle.burstLimit as number },
    quota: { limit: quota.limit as number, period: quota.period as UsagePlanTier['quota']['period'] },
  };
}

/** The keys of a parsed file; throws with what is wrong and where. */
export function parseApiKeys(json: unknown): LocalApiKey[] {
  if (!isRecord(json) || !Array.isArray(json.keys)) throw new Error('expected an object with a "keys" array');
  const ownTiers = isRecord(json.tiers) ? json.tiers : {};
  const tiers = new Map<string, UsagePlanTier>(Object.entries(usagePlanTiers));
  for (const [name, tier] of Object.entries(ownTiers)) tiers.set(name, toTier(name, tier));
  const seen = new Set<string>();
  return json.keys.map((entry, i) => {
    const k = isRecord(entry) ? entry : {};
    const where = `keys[${i}]`;
    if (typeof k.name !== 'string' || k.name === '') throw new Error(`${where}: "name" must be a non-empty string`);
    if (typeof k.value !== 'string' || !KEY_VALUE.test(k.value)) {
      throw new Error(`${where} (${k.name}): "value" must be 20–128 printable ASCII characters, no spaces`);
    }
    if (seen.has(k.value)) throw new Error(`${where} (${k.name}): the same value as another key`);
    seen.add(k.value);
    const plan = typeof k.tier === 'string' ? tiers.get(k.tier) : undefined;
    if (!plan) throw new Error(`${where} (${k.name}): "tier" must be one of ${[...tiers.keys()].join(', ')}`);
    if (k.enabled !== undefined && typeof k.enabled !== 'boolean')
      throw new Error(`${where}: "enabled" is true or false`);
    return { name: k.name, value: k.value, plan, enabled: k.enabled !== false };
  });
}

/**
 * Reads the keys file, first writing one with a generated `local` key on the partner tier
 * when there is none; a malformed file stops the start with the reason.
 */
export function loadApiKeysFile(path: string): { keys: LocalApiKey[]; created: boolean } {
  let created = false;
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    const example = { keys: [{ name: 'local', tier: 'partner', value: randomBytes(24).toString('base64url') }] };
    writeFileSync(path, `${JSON.stringify(example, null, 2)}\n`, { mode: 0o600 });
    created = true;
  }
  try {
    return { keys: parseApiKeys(JSON.parse(readFileSync(path, 'utf8'))), created };
  } catch (err) {
    throw new StartupError(`API keys file ${path} is not valid: ${(err as Error).message}`);
  }
}
