// `npm run collection`: the committed postman/ is what the spec makes today (as check:generated
// does for generated/), each operation is one request on {{baseUrl}} with the token where the
// spec asks for one, and `--check` names what is stale.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type JsonObject, operationsOf, readBundledSpec } from '../../src/codegen/openapiDocument.js';
import {
  collectionFile,
  localEnvironmentFile,
  postmanDir,
  postmanFileTexts,
  stageEnvironmentFile,
} from '../../tooling/collection/postmanFiles.js';

const root = new URL('../../', import.meta.url).pathname;
const spec = readBundledSpec();

interface Request {
  method: string;
  url: { host: string[]; path: string[] };
  auth?: { type: string; bearer?: { key: string; value: string }[] } | null;
}
interface Item {
  name: string;
  item?: Item[];
  request?: Request;
}
const requestsOf = (items: Item[]): Request[] =>
  items.flatMap((item) => (item.item ? requestsOf(item.item) : item.request ? [item.request] : []));

describe('npm run collection', () => {
  it('has written postman/ as the spec makes it today', async () => {
    // Act
    const files = await postmanFileTexts(spec);
    // Assess
    expect([...files.keys()].sort()).toEqual([collectionFile, localEnvironmentFile, stageEnvironmentFile].sort());
    for (const [name, text] of files) {
      expect(readFileSync(join(root, postmanDir, name), 'utf8'), `${postmanDir}/${name}: run npm run collection`).toBe(
        text,
      );
    }
  });

  it('makes one request per operation on {{baseUrl}}, with {{bearerToken}} where the spec asks for a token', () => {
    // Prepare
    const collection = JSON.parse(readFileSync(join(root, postmanDir, collectionFile), 'utf8'));
    const local = JSON.parse(readFileSync(join(root, postmanDir, localEnvironmentFile), 'utf8')) as JsonObject;
    const operations = operationsOf(spec);
    // Act
    const requests = requestsOf(collection.item);
    // Assess
    expect(collection.info.schema).toBe('https://schema.getpostman.com/json/collection/v2.1.0/collection.json');
    expect(requests.map((r) => `${r.method} /${r.url.path.join('/')}`).sort()).toEqual(
      operations.map(({ method, path }) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`).sort(),
    );
    for (const request of requests) expect(request.url.host).toEqual(['{{baseUrl}}']);
    const secured = operations.filter(
      ({ operation }) => Array.isArray(operation.security) && operation.security.length > 0,
    );
    expect(secured.length).toBeGreaterThan(0);
    const withToken = requests.filter((r) => r.auth?.bearer?.[0]?.value === '{{bearerToken}}');
    expect(withToken).toHaveLength(secured.length);
    expect(local.values).toEqual([
      { key: 'baseUrl', value: 'http://127.0.0.1:3000', type: 'default', enabled: true },
      { key: 'bearerToken', value: '', type: 'secret', enabled: true },
    ]);
    expect(collection.info.description.content).toContain('npm run -s token -- --sub alice --admin');
  });

  it('fails with --check, naming each stale file', () => {
    // Prepare: a directory without postman/
    const cwd = mkdtempSync(join(tmpdir(), 'collection-'));
    // Act
    const run = spawnSync(
      process.execPath,
      [`${root}node_modules/tsx/dist/cli.mjs`, `${root}tooling/collection.ts`, '--check'],
      { cwd, encoding: 'utf8', timeout: 120_000 },
    );
    // Assess
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stderr).toContain(
      `collection: ${postmanDir}/${collectionFile}, ${postmanDir}/${localEnvironmentFile}, ${postmanDir}/${stageEnvironmentFile} differ from the spec: run npm run collection.`,
    );
  });
});
