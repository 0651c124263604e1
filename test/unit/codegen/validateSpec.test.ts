// `npm run generate` refuses a broken spec (test/fixtures/broken-specs) before writing
// anything: exit 1 and one short line per problem, with file:line:column, never the document.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/codegen/generate.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures/broken-specs');
let copies: string[] = [];

/** Runs generate on a copy of the fixture; its exit code and everything it printed. */
async function generateOn(fixture: string, args: string[] = []) {
  const root = mkdtempSync(join(tmpdir(), `${fixture}-`));
  copies.push(root);
  cpSync(join(fixtures, fixture), root, { recursive: true });
  const code = await run(args, root);
  const printed = (fn: typeof console.log) => vi.mocked(fn).mock.calls.map((call) => call.map(String).join(' '));
  return { code, errors: printed(console.error), logs: printed(console.log), root };
}

beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  for (const root of copies) rmSync(root, { recursive: true, force: true });
  copies = [];
});

describe('npm run generate on a broken spec', () => {
  it('gives a YAML syntax error its file:line:column and the message only', async () => {
    const { code, errors, logs, root } = await generateOn('yaml-error');

    expect(code).toBe(1);
    expect(errors).toEqual(['openapi.yaml:5:11: bad indentation of a mapping entry']);
    expect(logs).toEqual([]);
    expect(existsSync(join(root, 'generated'))).toBe(false);
  });

  it('refuses type: bool with the line of the referenced file that says it, and the rule', async () => {
    const { code, errors, root } = await generateOn('type-bool');

    expect(code).toBe(1);
    expect(errors).toEqual([
      'schemas/Widget.yaml:7:11: `type` can be one of the following only: "object", "array", "string", "number", ' +
        '"integer", "boolean". (struct)',
    ]);
    expect(existsSync(join(root, 'generated'))).toBe(false);
  });

  it('lists every policy problem, one line each, naming the operation', async () => {
    const { code, errors, root } = await generateOn('bad-policy');

    expect(code).toBe(1);
    expect(errors).toEqual([
      'getWidget (GET /widgets/{widgetId}): x-authorization on a public operation (no security requirement) ' +
        'lets everyone in: remove it',
      'deleteWidget (DELETE /widgets/{widgetId}): unknown group "editors" in group:editors; ' +
        'the security schemes declare x-groups: admins',
      'deleteWidget (DELETE /widgets/{widgetId}): self:ownerId names no path parameter of ' +
        'DELETE /widgets/{widgetId} (its path parameters: widgetId)',
    ]);
    expect(existsSync(join(root, 'generated'))).toBe(false);
  });

  it.each(['yaml-error', 'type-bool', 'bad-policy'])('keeps the output of %s to a few short lines', async (fixture) => {
    for (const args of [[], ['--check']]) {
      vi.mocked(console.error).mockClear();
      const { code, errors, logs } = await generateOn(fixture, args);
      const lines = [...errors, ...logs].flatMap((text) => text.split('\n'));

      expect(code).toBe(1);
      expect(lines.length).toBeLessThanOrEqual(3);
      for (const line of lines) expect(line.length).toBeLessThan(200);
    }
  });
});
