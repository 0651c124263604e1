// `npm run seed` against a running local stage: sample users and items through the typed
// client, and a second run adds nothing.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { withToken } from '../support/http.js';
import { adminToken, tokenFor } from '../support/tokens.js';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
const root = resolve(import.meta.dirname, '../..');
const seed = () =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/local/seed.ts'], {
    cwd: root,
    env: { ...process.env, API_URL: baseUrl, DATA_DIR: dataDir },
  });

describe('npm run seed', () => {
  it('creates the sample users and items, and a second run adds nothing', async () => {
    const admin = withToken(await adminToken(dataDir));
    const owner = withToken(await tokenFor(dataDir, { sub: 'sample-owner' }));

    const first = await seed();
    const again = await seed();
    const users = await Promise.all(
      ['ada@example.com', 'grace.hopper@example.org', 'alan.turing@example.org', 'katherine.johnson@example.org'].map(
        (email) => admin(baseUrl, 'GET', `/users?email=${encodeURIComponent(email)}`),
      ),
    );
    const items = await owner(baseUrl, 'GET', '/items?limit=100');

    expect(first.stdout).toContain('item Slide rule (owner sample-owner)');
    expect(users.map((u) => u.body.items.length)).toEqual([1, 1, 1, 1]);
    expect(items.body.items.map((i: { name: string }) => i.name).sort()).toEqual([
      'Field notebook',
      'Fountain pen',
      'Slide rule',
    ]);
    expect(again.stdout.match(/already there/g)).toHaveLength(7);
  });

  it('exits with one clear line when nothing listens', async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/local/seed.ts'], {
      cwd: root,
      env: { ...process.env, API_URL: 'http://127.0.0.1:9', DATA_DIR: dataDir },
    });

    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /^npm run seed: .*no answer from http:\/\/127\.0\.0\.1:9: is `npm start` running there\?/m,
      ),
    });
  });
});
