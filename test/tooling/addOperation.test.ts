// The recipe of docs/adding-an-operation.md, run: a copy of the project gets the recipe's small
// secured operation (GET /me, getCaller) in openapi.yaml, `npm run generate`, the recipe's handler
// and scenarios, and nothing else; then its typecheck and its tests (unit, contract, fidelity) pass.
// Any list of operations kept by hand anywhere makes this fail.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';

const root = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'add-operation-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const recipe = readFileSync(join(root, 'docs/adding-an-operation.md'), 'utf8');
/** The code blocks of a language in the recipe, in order: what a reader copies. */
const blocks = (language: string) =>
  [...recipe.matchAll(new RegExp(`\`\`\`${language}\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1] as string);
// GET /me and its Caller schema; the handler's body and its scenarios, as the recipe shows them.
const [pathItem, schema] = blocks('yaml').map((block) => parse(block) as Record<string, unknown>);
const [handler, scenarios] = blocks('ts');

/** The project as git sees it (tracked and new files, nothing ignored), with node_modules linked. */
function copyProject(): string[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  const files = listed.stdout.split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    cpSync(join(root, file), join(scratch, file));
  }
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  return files;
}

const digest = (file: string) => {
  try {
    return createHash('sha256')
      .update(readFileSync(join(scratch, file)))
      .digest('hex');
  } catch {
    return 'absent';
  }
};

/** Runs a project binary in the copy; a child Vitest must not think it runs inside this one. */
function run(command: string, args: string[]): Promise<{ status: number | null; output: string }> {
  const started = Date.now();
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|FORCE_COLOR)/.test(k)));
  const child = spawn(join(scratch, 'node_modules/.bin', command), args, {
    cwd: scratch,
    env: { ...env, NODE_ENV: 'test', NO_COLOR: '1' },
    timeout: 540_000,
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise((resolve) =>
    child.on('close', (status) => {
      console.log(`add-operation: ${command} ${args[0]} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
      resolve({ status, output });
    }),
  );
}

describe('adding an operation', () => {
  it('takes the spec, a handler and its scenarios; generate and the suites do the rest', {
    timeout: 600_000,
  }, async () => {
    // Prepare: the recipe's blocks, the copy, and what each file held before.
    expect(Object.keys(pathItem ?? {})).toEqual(['/me']);
    expect(Object.keys(schema ?? {})).toEqual(['Caller']);
    expect([handler, scenarios].map((code) => /export const (\w+)/.exec(code ?? '')?.[1])).toEqual([
      'getCaller',
      'scenarios',
    ]);
    const files = copyProject();
    const before = new Map(files.map((f) => [f, digest(f)]));
    const spec = parseDocument(readFileSync(join(scratch, 'openapi.yaml'), 'utf8'));
    for (const [path, item] of Object.entries(pathItem ?? {})) spec.setIn(['paths', path], spec.createNode(item));
    for (const [name, value] of Object.entries(schema ?? {}))
      spec.setIn(['components', 'schemas', name], spec.createNode(value));
    writeFileSync(join(scratch, 'openapi.yaml'), spec.toString());

    // Act: generate, then the two files only a person can write.
    const generate = await run('tsx', ['src/codegen/generate.ts']);
    expect(generate.status, generate.output.slice(-6000)).toBe(0);
    const generated = new Set([...listAll(files), 'src/handlers/getCaller.ts', 'test/unit/handlers/getCaller.test.ts']);
    const afterGenerate = new Map([...generated].map((f) => [f, digest(f)]));
    writeFileSync(join(scratch, 'src/handlers/getCaller.ts'), handler ?? '');
    writeFileSync(join(scratch, 'src/handlers/getCaller.scenarios.ts'), scenarios ?? '');

    // Assess: only the spec, the handler and its scenarios were written by hand; the rest is generate's.
    const all = new Set([...generated, 'src/handlers/getCaller.scenarios.ts']);
    const changed = [...all].filter((f) => digest(f) !== (before.get(f) ?? 'absent'));
    const byHand = changed.filter((f) => f === 'openapi.yaml' || digest(f) !== afterGenerate.get(f));
    expect(byHand.sort()).toEqual(['openapi.yaml', 'src/handlers/getCaller.scenarios.ts', 'src/handlers/getCaller.ts']);
    expect(changed.filter((f) => !byHand.includes(f) && !f.startsWith('generated/'))).toEqual([
      'test/unit/handlers/getCaller.test.ts',
    ]);

    // The typecheck, and every test that names the new operation or checks "every operation", side by side.
    const [typecheck, tests] = await Promise.all([
      run('tsc', ['--noEmit']),
      run('vitest', [
        'run',
        '--reporter=verbose',
        ...['unit', 'contract', 'integration'].flatMap((p) => ['--project', p]),
        'test/unit/handlers/getCaller.test.ts',
        'test/unit/benchWorkloads.test.ts',
        'test/unit/benchCost.test.ts',
        'test/contract/operations.test.ts',
        'test/integration/fidelity.test.ts',
        '-t',
        'getCaller|every operation|every documented status',
      ]),
    ]);
    expect(typecheck.status, typecheck.output.slice(-6000)).toBe(0);
    expect(tests.status, failures(tests.output)).toBe(0);
    const passed = tests.output.split('\n').filter((line) => line.includes('✓'));
    for (const ran of [
      'getCaller > answers the example request with 200',
      'getCaller answers its documented status every time',
      'getCaller > answers 200 to a valid call',
      'getCaller > lets a caller its policy admits past the 403',
      'provokes every documented status, or says why it cannot',
      'does > getCaller',
    ]) {
      expect(
        passed.some((line) => line.includes(ran)),
        `passed: ${ran}`,
      ).toBe(true);
    }
  });
});

/** What a reader needs of a failed run: the failing tests' lines, then the end of the output. */
const failures = (output: string) =>
  [...output.split('\n').filter((line) => /FAIL|×|Error/.test(line)), output.slice(-3000)].join('\n');

/** Every file of the copy after generate: the listed ones and generated/ (rewritten wholesale). */
function listAll(files: string[]): string[] {
  const out = spawnSync('find', ['generated', '-type', 'f'], { cwd: scratch, encoding: 'utf8' });
  return [...new Set([...files, ...out.stdout.split('\n').filter(Boolean)])];
}
