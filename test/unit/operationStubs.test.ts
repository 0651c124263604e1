// "Add an operation": `npm run generate` writes a handler stub and a failing test stub for
// each operationId without a handler, never overwrites one; `--check` writes none.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/codegen/generate.js';

const projectRoot = resolve(import.meta.dirname, '../..');
const fixture = resolve(projectRoot, 'test/fixtures/split-spec');
const fixtureOps = ['listWidgets', 'createWidget', 'getWidget'];
const stubFiles = (ids: string[]) =>
  ids.flatMap((id) => [`src/handlers/${id}.ts`, `test/unit/handlers/${id}.test.ts`]).sort();

const deleteWidget = `delete:
  operationId: deleteWidget
  x-authorization:
    allow: [any-caller]
  summary: Delete a widget
  responses:
    "204":
      description: Deleted.
`;

/**
 * The compiler's errors in `files` (under `root`) as if they sat in this project, with the
 * generated types of `root`'s spec in place of ours.
 */
function typeErrors(root: string, files: string[]): string[] {
  const overlay = new Map(
    [...files, 'generated/operations.ts', 'generated/types.ts', 'generated/handlers.ts'].map((f) => [
      join(projectRoot, f),
      readFileSync(join(root, f), 'utf8'),
    ]),
  );
  const config = ts.readConfigFile(join(projectRoot, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, projectRoot);
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists } = host;
  host.fileExists = (name) => overlay.has(name) || fileExists(name);
  host.getSourceFile = (name, language, ...rest) => {
    const text = overlay.get(name);
    return text === undefined ? getSourceFile(name, language, ...rest) : ts.createSourceFile(name, text, language);
  };
  const roots = files.map((f) => join(projectRoot, f));
  const program = ts.createProgram(roots, options, host);
  return roots.flatMap((file) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(file))
      .map((d) => `${file}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`),
  );
}

describe('npm run generate on a spec with operations that have no handler', () => {
  let root: string;
  let firstRun: number;

  beforeAll(async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    root = mkdtempSync(join(tmpdir(), 'stubs-'));
    cpSync(fixture, root, { recursive: true });
    expect(await run(['--check'], root)).toBe(1); // generated/ is missing: stale
    firstRun = await run([], root);
  });

  afterAll(() => {
    vi.restoreAllMocks();
    rmSync(root, { recursive: true, force: true });
  });

  it('writes no stub in --check mode', () => {
    // The --check run came first (beforeAll); had it written stubs, `firstRun` would have found them.
    expect(firstRun).toBe(0);
    expect(console.log).toHaveBeenCalledWith('new stub: src/handlers/createWidget.ts');
  });

  it('writes a handler stub and a test stub for each of them', () => {
    for (const file of stubFiles(fixtureOps)) expect(existsSync(join(root, file)), file).toBe(true);
    expect(readFileSync(join(root, 'src/handlers/createWidget.ts'), 'utf8')).toContain(
      "throw new Error('createWidget is not implemented yet: see docs/adding-an-operation.md');",
    );
  });

  it('writes a test stub that calls the handler with the spec’s examples and expects its success status', () => {
    const createTest = readFileSync(join(root, 'test/unit/handlers/createWidget.test.ts'), 'utf8');
    const getTest = readFileSync(join(root, 'test/unit/handlers/getWidget.test.ts'), 'utf8');
    const listTest = readFileSync(join(root, 'test/unit/handlers/listWidgets.test.ts'), 'utf8');

    expect(createTest).toContain("body: { name: 'Sprocket' },");
    expect(createTest).toContain("caller: { sub: 'a-user', groups: [] },");
    expect(createTest).toContain('expect(result.status).toBe(201);');
    expect(getTest).toMatch(/path: \{\s+widgetId: '0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f',\s+\},/);
    expect(getTest).toContain('caller: undefined,'); // getWidget is public
    expect(listTest).toMatch(/query: \{\s+limit: 20,\s+\},/);
  });

  it('writes a handler stub that compiles and throws until it is written', async () => {
    const { createWidget } = await import(join(root, 'src/handlers/createWidget.ts'));

    await expect(createWidget({})({})).rejects.toThrow('createWidget is not implemented yet');
    expect(typeErrors(root, [...stubFiles(fixtureOps), 'generated/handlers.ts'])).toEqual([]);
  }, 120_000); // a TypeScript program over the handler types: seconds, not milliseconds

  it('binds each operation to the export of the same name in src/handlers/<operationId>.ts', () => {
    const handlers = readFileSync(join(root, 'generated/handlers.ts'), 'utf8');

    expect(handlers).toMatch(/^\/\/ GENERATED FILE: DO NOT EDIT\./);
    for (const id of fixtureOps) {
      expect(handlers).toContain(`import { ${id} } from '../src/handlers/${id}.js';`);
      expect(handlers).toContain(`    ${id}: ${id}(deps),`);
    }
  });

  it('leaves an edited stub alone, writes stubs only for the new operation, and --check ignores stubs', async () => {
    const edited = join(root, 'src/handlers/createWidget.ts');
    writeFileSync(edited, '// mine\n');
    rmSync(join(root, 'test/unit/handlers/getWidget.test.ts')); // its handler exists: not rewritten
    writeFileSync(
      join(root, 'paths/widget.yaml'),
      `${readFileSync(join(root, 'paths/widget.yaml'), 'utf8')}${deleteWidget}`,
    );
    vi.mocked(console.log).mockClear();

    expect(await run([], root)).toBe(0);

    expect(readFileSync(edited, 'utf8')).toBe('// mine\n');
    expect(existsSync(join(root, 'test/unit/handlers/getWidget.test.ts'))).toBe(false);
    const written = vi
      .mocked(console.log)
      .mock.calls.flat()
      .filter((line) => String(line).startsWith('new stub: '));
    expect(written.sort()).toEqual(stubFiles(['deleteWidget']).map((f) => `new stub: ${f}`));
    expect(readFileSync(join(root, 'test/unit/handlers/deleteWidget.test.ts'), 'utf8')).toContain(
      'expect(result.status).toBe(204);',
    );
    expect(await run(['--check'], root)).toBe(0);
  });

  it('names an operation whose handler file is gone in one line at --check, and the map no longer compiles', async () => {
    // createWidget.ts holds '// mine' (the test above): no export of that name, also a compile error.
    const handler = join(root, 'src/handlers/getWidget.ts');
    const kept = readFileSync(handler, 'utf8');
    rmSync(handler);
    vi.mocked(console.error).mockClear();
    try {
      const code = await run(['--check'], root);

      expect(code).toBe(1);
      expect(vi.mocked(console.error).mock.calls).toEqual([
        [
          'getWidget (GET /widgets/{widgetId}) has no handler: src/handlers/getWidget.ts is missing ' +
            '(`npm run generate` writes a stub)',
        ],
      ]);
      const handlerFiles = ['createWidget', 'listWidgets', 'deleteWidget'].map((id) => `src/handlers/${id}.ts`);
      expect(typeErrors(root, ['generated/handlers.ts', ...handlerFiles])).toEqual([
        expect.stringMatching(
          /generated\/handlers\.ts: Module .*createWidget\.js.* has no exported member 'createWidget'/,
        ),
        expect.stringMatching(/generated\/handlers\.ts: Cannot find module '..\/src\/handlers\/getWidget\.js'/),
      ]);
    } finally {
      writeFileSync(handler, kept);
    }
  }, 120_000);

  it('reports generated/ stale when a file the root references changes', async () => {
    const schema = join(root, 'components/schemas/WidgetName.yaml');
    writeFileSync(schema, readFileSync(schema, 'utf8').replace('maxLength: 50', 'maxLength: 49'));

    expect(await run(['--check'], root)).toBe(1);
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/generated\/openapi\.json.*body-validators\.cjs/));
  });
});
