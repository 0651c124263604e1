// "Add an operation": for each operationId without a handler, a handler stub that throws and
// a unit test beside the others in test/unit/handlers/ that fails until it answers. Never overwrites.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  deref,
  inlineRefs,
  isObject,
  type Json,
  type JsonObject,
  type OpenApiDocument,
  type Operation,
  operationsOf,
} from './openapiDocument.js';

export interface Stub {
  /** Relative to the project root. */
  file: string;
  content: string;
}

export const handlerFile = (operationId: string) => `src/handlers/${operationId}.ts`;
export const handlerTestFile = (operationId: string) => `test/unit/handlers/${operationId}.test.ts`;

const RECIPE = 'docs/adding-an-operation.md';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function handlerStub({ operationId, method, path, operation }: Operation): string {
  const summary = typeof operation.summary === 'string' ? `: ${operation.summary}` : '';
  return `// ${method.toUpperCase()} ${path}${summary}. Written by \`npm run generate\`; it throws until
// you write it (${RECIPE}). Ask for the dependencies it uses: Pick<Deps, 'items'>.
import type { Deps, Handler } from './types.js';

export const ${operationId} =
  (_deps: Pick<Deps, never>): Handler<'${operationId}'> =>
  async (_input) => {
    throw new Error('${operationId} is not implemented yet: see ${RECIPE}');
  };
`;
}

/** The first value the spec documents for a parameter or a body: its example, else its default. */
function exampleOf(node: JsonObject): Json | undefined {
  const schema = isObject(node.schema) ? node.schema : {};
  const named = isObject(node.examples) ? Object.values(node.examples).find(isObject) : undefined;
  return node.example ?? named?.value ?? schema.example ?? schema.default;
}

/** `name: value,` for the input literal, or a comment where the spec gives no value (tsc then names it). */
function entry(name: string, value: Json | undefined): string {
  const key = IDENTIFIER.test(name) ? name : JSON.stringify(name);
  return value === undefined ? `// ${key}: the spec has no example` : `${key}: ${JSON.stringify(value)},`;
}

function inputLiteral(doc: OpenApiDocument, op: Operation): string {
  const parameters = op.parameters.map((p) => inlineRefs(doc, p) as JsonObject);
  const group = (where: string, wanted: (p: JsonObject) => boolean) => {
    const entries = parameters
      .filter((p) => p.in === where && wanted(p))
      .map((p) => entry(String(p.name), exampleOf(p)));
    return entries.length === 0 ? '{}' : `{\n${entries.join('\n')}\n}`;
  };
  const hasDefault = (p: JsonObject) => isObject(p.schema) && p.schema.default !== undefined;
  let body = 'undefined';
  if (op.operation.requestBody) {
    const requestBody = deref(doc, op.operation.requestBody);
    const content = isObject(requestBody.content) ? requestBody.content : {};
    const media = content['application/json'];
    const example = isObject(media) ? exampleOf(inlineRefs(doc, media) as JsonObject) : undefined;
    if (requestBody.required === true)
      body = example === undefined ? '{} /* the spec has no example */' : JSON.stringify(example);
  }
  return `{
    path: ${group('path', () => true)},
    query: ${group('query', (p) => p.required === true || hasDefault(p))},
    headers: ${group('header', (p) => p.required === true)},
    body: ${body},
    correlationId: 'test-correlation-id',
    caller: ${op.secured ? "{ sub: 'a-user', groups: [] }" : 'undefined'},
  }`;
}

function testStub(doc: OpenApiDocument, op: Operation): string {
  const { operationId, method, path, operation } = op;
  const responses = isObject(operation.responses) ? Object.keys(operation.responses) : [];
  const success = responses.find((status) => /^2\d\d$/.test(status)) ?? '200';
  return `// ${operationId} (${method.toUpperCase()} ${path}) called with the spec's examples. Written by
// \`npm run generate\`: it fails until the handler answers; then assert what it must do.
import { describe, expect, it } from 'vitest';
import { ${operationId} } from '../../../src/handlers/${operationId}.js';
import type { Input } from '../../../src/handlers/types.js';

const input: Input<'${operationId}'> = ${inputLiteral(doc, op)};

describe('${operationId}', () => {
  it('answers the example request with ${success}', async () => {
    const result = await ${operationId}({})(input);

    expect(result.status).toBe(${success});
  });
});
`;
}

/** Biome, as `npm run format` would leave the file, so that a fresh stub passes `npm run lint`. */
function formatted(file: string, content: string): string {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
  const run = spawnSync(process.execPath, [biome, 'format', `--stdin-file-path=${file}`], {
    cwd: projectRoot,
    input: content,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`Biome could not format ${file}:\n${run.stderr}`);
  return run.stdout;
}

/** The handler and test stubs for every operation without a handler module under `root`. */
export function stubsFor(doc: OpenApiDocument, hasFile: (file: string) => boolean): Stub[] {
  return operationsOf(doc)
    .filter((op) => !hasFile(handlerFile(op.operationId)))
    .flatMap((op) => {
      if (!IDENTIFIER.test(op.operationId)) {
        throw new Error(`operationId ${op.operationId} cannot name a handler: use camelCase, e.g. createWidget`);
      }
      const stubs = [{ file: handlerFile(op.operationId), content: handlerStub(op) }];
      if (!hasFile(handlerTestFile(op.operationId))) {
        stubs.push({ file: handlerTestFile(op.operationId), content: testStub(doc, op) });
      }
      return stubs.map(({ file, content }) => ({ file, content: formatted(file, content) }));
    });
}

/** Writes `stubs` under `root`; a file that appeared meanwhile is left alone (exclusive create). */
export async function writeStubs(root: string, stubs: readonly Stub[]): Promise<string[]> {
  const written: string[] = [];
  for (const { file, content } of stubs) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    try {
      await writeFile(join(root, file), content, { flag: 'wx' });
      written.push(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return written;
}
