// generated/ must match openapi.yaml; and the precompiled validators must really
// enforce formats (openapi-backend's default Ajv would ignore them).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import bodyValidators from '../../generated/body-validators.cjs';
import paramsValidators from '../../generated/params-validators.cjs';
import { run, staleFiles } from '../../src/codegen/generate.js';

const root = resolve(import.meta.dirname, '../..');

describe('generated/', () => {
  it('is up to date with openapi.yaml', async () => {
    expect(await staleFiles()).toEqual([]);
  });

  it('is reported stale when the spec changes', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'stale-'));
    try {
      cpSync(join(root, 'generated'), join(copy, 'generated'), { recursive: true });
      const spec = readFileSync(join(root, 'openapi.yaml'), 'utf8');
      writeFileSync(join(copy, 'openapi.yaml'), spec.replace('maximum: 150', 'maximum: 149'));

      const stale = await staleFiles(copy);

      expect(stale).toEqual(expect.arrayContaining(['generated/openapi.json', 'generated/body-validators.cjs']));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('refuses a spec with a templated first path segment, which the function could not route', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const copy = mkdtempSync(join(tmpdir(), 'first-segment-'));
    try {
      const spec = readFileSync(join(root, 'openapi.yaml'), 'utf8');
      const tenant = '    parameters:\n      - { name: tenant, in: path, required: true, schema: { type: string } }\n';
      writeFileSync(join(copy, 'openapi.yaml'), spec.replace('\n  /health:\n', `\n  /{tenant}/health:\n${tenant}`));

      const code = await run([], copy);

      expect(code).toBe(1);
      expect(vi.mocked(console.error).mock.calls).toEqual([
        [
          "openapi.yaml: a path's first segment must be literal, as the function routes by it (src/http/routing.ts); " +
            'put a literal prefix first (e.g. /tenants/{tenant}/...): /{tenant}/health',
        ],
      ]);
      expect(existsSync(join(copy, 'generated'))).toBe(false); // nothing written
    } finally {
      vi.restoreAllMocks();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('precompiled validators', () => {
  it('enforce the email format on bodies', () => {
    expect(bodyValidators.createUser({ name: 'A', email: 'a@example.com' })).toBe(true);
    expect(bodyValidators.createUser({ name: 'A', email: 'not-an-email' })).toBe(false);
    expect(bodyValidators.createUser.errors?.[0]).toMatchObject({ keyword: 'format', instancePath: '/email' });
  });

  it('enforce the uuid format on path parameters', () => {
    const params = (userId: string) => ({ path: { userId }, query: {}, headers: {} });
    expect(paramsValidators.getUser(params('0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f'))).toBe(true);
    expect(paramsValidators.getUser(params('0b5f5b1e'))).toBe(false);
  });

  it('coerce query strings and fill defaults from the spec', () => {
    const empty = { path: {}, query: {} as Record<string, unknown>, headers: {} };
    const given = { path: {}, query: { limit: '7' } as Record<string, unknown>, headers: {} };

    expect(paramsValidators.listUsers(empty)).toBe(true);
    expect(paramsValidators.listUsers(given)).toBe(true);

    expect(empty.query.limit).toBe(20);
    expect(given.query.limit).toBe(7);
  });

  it('do not coerce body types', () => {
    expect(bodyValidators.createUser({ name: 'A', email: 'a@example.com', age: '30' })).toBe(false);
  });
});
