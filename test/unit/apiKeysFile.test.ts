// The local stage's API keys file: its format, what it refuses (with where and why), and
// the file written with one generated key when there is none.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { usagePlanTiers } from '../../infra/usagePlans.js';
import { loadApiKeysFile, parseApiKeys } from '../../src/local/apiKeysFile.js';

const VALUE = 'a'.repeat(20);
const dir = mkdtempSync(join(tmpdir(), 'users-api-keyfile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseApiKeys', () => {
  it('reads keys on the shared tiers and on tiers of the file, enabled unless said otherwise', () => {
    const tiny = { throttle: { rateLimit: 0.5, burstLimit: 1 }, quota: { limit: 2, period: 'WEEK' } };

    const keys = parseApiKeys({
      tiers: { tiny },
      keys: [
        { name: 'acme', tier: 'partner', value: VALUE },
        { name: 'beta', tier: 'tiny', value: 'b'.repeat(20), enabled: false },
      ],
    });

    expect(keys).toEqual([
      { name: 'acme', value: VALUE, plan: usagePlanTiers.partner, enabled: true },
      { name: 'beta', value: 'b'.repeat(20), plan: tiny, enabled: false },
    ]);
  });

  it.each([
    ['no keys array', {}, 'expected an object with a "keys" array'],
    ['a key without a name', { keys: [{ tier: 'free', value: VALUE }] }, 'keys[0]: "name" must be a non-empty string'],
    [
      'a value of 19 characters',
      { keys: [{ name: 'a', tier: 'free', value: 'x'.repeat(19) }] },
      '"value" must be 20–128',
    ],
    ['a value with a space', { keys: [{ name: 'a', tier: 'free', value: `${VALUE} x` }] }, '"value" must be 20–128'],
    [
      'two keys with one value',
      {
        keys: [
          { name: 'a', tier: 'free', value: VALUE },
          { name: 'b', tier: 'free', value: VALUE },
        ],
      },
      'keys[1] (b): the same value as another key',
    ],
    ['an unknown tier', { keys: [{ name: 'a', tier: 'gold', value: VALUE }] }, '"tier" must be one of free, partner'],
    [
      'a tier without a quota period',
      { tiers: { t: { throttle: { rateLimit: 1, burstLimit: 1 }, quota: { limit: 1, period: 'HOUR' } } }, keys: [] },
      'tier t: quota needs a whole limit >= 1 and a period of DAY, WEEK, MONTH',
    ],
    [
      'a tier with a burst of 0',
      { tiers: { t: { throttle: { rateLimit: 1, burstLimit: 0 }, quota: { limit: 1, period: 'DAY' } } }, keys: [] },
      'tier t: throttle needs rateLimit > 0 and a whole burstLimit >= 1',
    ],
  ])('refuses %s', (_, json, message) => {
    expect(() => parseApiKeys(json)).toThrow(message);
  });
});

describe('loadApiKeysFile', () => {
  it('writes a file with one generated partner key, readable by its owner only, when there is none', () => {
    const path = join(dir, 'new', 'api-keys.json');

    const first = loadApiKeysFile(path);
    const second = loadApiKeysFile(path);

    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(first.keys).toHaveLength(1);
    expect(first.keys[0]).toMatchObject({ name: 'local', plan: usagePlanTiers.partner, enabled: true });
    expect(second.keys[0]?.value).toBe(first.keys[0]?.value);
    expect(first.keys[0]?.value).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path, 'utf8')).keys[0].value).toBe(first.keys[0]?.value);
  });

  it('names the file and the reason when it is not JSON', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{ "keys": [');

    expect(() => loadApiKeysFile(path)).toThrow(`API keys file ${path} is not valid:`);
  });
});
