// `npm run generate`: derives everything in generated/ from openapi.yaml (and the files it
// references), and stubs new operations. `--check` fails when generated/ is stale.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type Options } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { pathsWithTemplatedFirstSegment } from '../http/routing.js';
import { readAuthorizationPolicies, securityGroupsOf } from './authorization.js';
import { eventsModule } from './eventsModule.js';
import { handlersModule } from './handlersModule.js';
import { operationsModule } from './operationsModule.js';
import { type OperationInfo, readSpec, type Spec } from './spec.js';
import { refuseIfAny, SpecProblems } from './specProblems.js';
import { handlerFile, stubsFor, writeStubs } from './stubs.js';
import { specErrors } from './validateSpec.js';
import { withWhoMayCall } from './whoMayCallDocs.js';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const banner = (what: string) =>
  `// GENERATED FILE: DO NOT EDIT. ${what}\n// Generated from openapi.yaml by \`npm run generate\`; CI fails when it is stale.\n`;
// Formats the spec uses and that must really be enforced.
const FORMATS = ['email', 'uuid', 'date-time', 'int32'] as const;

function makeAjv(options: Options): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, code: { source: true, lines: true }, ...options });
  addFormats.default(ajv, [...FORMATS]);
  return ajv;
}

function paramsSchema(op: OperationInfo): Record<string, unknown> {
  const group = (where: string) => {
    const ps = op.parameters.filter((p) => p.in === where);
    return {
      type: 'object',
      properties: Object.fromEntries(ps.map((p) => [p.name, p.schema])),
      required: ps.filter((p) => p.required).map((p) => p.name),
    };
  };
  return {
    $id: `${op.operationId}#params`,
    type: 'object',
    properties: { path: group('path'), query: group('query'), headers: group('header') },
    required: ['path', 'query', 'headers'],
  };
}

function validatorModule(ajv: Ajv, names: string[], what: string): { code: string; types: string } {
  const code = standaloneCode.default(ajv, Object.fromEntries(names.map((n) => [n, `${n}#${what}`])));
  const types = [
    banner(`Precompiled ${what} validators (Ajv standalone).`),
    "import type { Validator } from './validator-types.js';",
    'declare const validators: {',
    ...names.map((n) => `  readonly ${n}: Validator;`),
    '};',
    'export = validators;',
    '',
  ].join('\n');
  return { code: `${banner(`Precompiled ${what} validators (Ajv standalone).`)}${code}\n`, types };
}

const VALIDATOR_TYPES = `${banner('Shape of the precompiled validators.')}export interface ValidationError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface Validator {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}
`;

/**
 * The function splits its routes by first path segment (src/http/routing.ts), which holds only
 * while every first segment is literal: refuse a spec that templates one, before writing anything.
 */
function routingProblems(ops: OperationInfo[]): string[] {
  const refused = pathsWithTemplatedFirstSegment([...new Set(ops.map((op) => op.path))]);
  return refused.length === 0
    ? []
    : [
        `openapi.yaml: a path's first segment must be literal, as the function routes by it ` +
          `(src/http/routing.ts); put a literal prefix first (e.g. /tenants/{tenant}/...): ${refused.join(', ')}`,
      ];
}

/** The spec of the project at `root`, once Redocly's recommended rules find no error in it. */
async function readValidSpec(root: string): Promise<Spec> {
  const rootFile = join(root, 'openapi.yaml');
  refuseIfAny(await specErrors(rootFile, root));
  return readSpec(rootFile);
}

/** The content of every file under generated/, keyed by path relative to `root`. */
export async function generate(root = projectRoot): Promise<Map<string, string>> {
  return generatedFiles(await readValidSpec(root));
}

async function generatedFiles(spec: Spec): Promise<Map<string, string>> {
  const info = spec.document.info as { title: string; version: string };
  const ops = spec.operations;
  const authorization = readAuthorizationPolicies(spec.document);
  refuseIfAny([...routingProblems(ops), ...authorization.problems]);

  const paramsAjv = makeAjv({ coerceTypes: true, useDefaults: true });
  for (const op of ops) paramsAjv.addSchema(paramsSchema(op));
  const bodyOps = ops.filter((op) => op.body);
  const bodyAjv = makeAjv({});
  for (const op of bodyOps) bodyAjv.addSchema({ $id: `${op.operationId}#body`, ...op.body?.schema });

  const eventsAjv = makeAjv({});
  for (const event of spec.events) eventsAjv.addSchema({ $id: `${event.name}#event`, ...event.schema });

  const params = validatorModule(
    paramsAjv,
    ops.map((op) => op.operationId),
    'params',
  );
  const body = validatorModule(
    bodyAjv,
    bodyOps.map((op) => op.operationId),
    'body',
  );
  const events = validatorModule(
    eventsAjv,
    spec.events.map((e) => e.name),
    'event',
  );
  // The bundled document, so that the types follow the same references as everything else.
  const types = astToString(await openapiTS(spec.document as unknown as OpenAPI3));

  return new Map([
    ['generated/types.ts', `${banner('TypeScript types of the API (openapi-typescript).')}\n${types}`],
    [
      'generated/operations.ts',
      operationsModule(
        banner,
        ops,
        { title: info.title, version: info.version },
        authorization.policies,
        securityGroupsOf(spec.document),
      ),
    ],
    [
      'generated/handlers.ts',
      handlersModule(
        ops.map((op) => op.operationId),
        banner('The handler of each operation.'),
      ),
    ],
    // The docs page (npm run docs, each stage's) is built from this copy, with "Who may call" lines.
    ['generated/openapi.json', `${JSON.stringify(withWhoMayCall(spec.document, authorization.policies), null, 2)}\n`],
    ['generated/validator-types.ts', VALIDATOR_TYPES],
    ['generated/params-validators.cjs', params.code],
    ['generated/params-validators.d.cts', params.types],
    ['generated/body-validators.cjs', body.code],
    ['generated/body-validators.d.cts', body.types],
    ['generated/event-validators.cjs', events.code],
    ['generated/event-validators.d.cts', events.types],
    ['generated/events.ts', eventsModule(spec.events, banner)],
  ]);
}

/** Files of `files` whose content under `root` differs. */
async function staleAmong(root: string, files: Map<string, string>): Promise<string[]> {
  const stale: string[] = [];
  for (const [file, content] of files) {
    const current = await readFile(join(root, file), 'utf8').catch(() => null);
    if (current !== content) stale.push(file);
  }
  return stale;
}

/** Files under generated/ whose content differs from a fresh generation. */
export async function staleFiles(root = projectRoot): Promise<string[]> {
  return staleAmong(root, await generate(root));
}

/** One line per operation whose handler module is missing (generated/handlers.ts imports it). */
function missingHandlers(root: string, operations: readonly OperationInfo[]): string[] {
  return operations
    .filter((op) => !existsSync(join(root, handlerFile(op.operationId))))
    .map(
      (op) =>
        `${op.operationId} (${op.method.toUpperCase()} ${op.path}) has no handler: ` +
        `${handlerFile(op.operationId)} is missing (\`npm run generate\` writes a stub)`,
    );
}

/**
 * `npm run generate [-- --check]` on the project at `root`: writes generated/ and the stubs of
 * operations without a handler, or with `--check` only compares generated/ (stubs are not
 * generated files: they become the developer's). Returns the exit code.
 */
export async function run(args: readonly string[], root = projectRoot): Promise<number> {
  try {
    return await generateOrCheck(args, root);
  } catch (err) {
    if (!(err instanceof SpecProblems)) throw err;
    for (const line of err.lines) console.error(line);
    return 1;
  }
}

async function generateOrCheck(args: readonly string[], root: string): Promise<number> {
  const spec = await readValidSpec(root);
  if (args.includes('--check')) {
    const stale = await staleAmong(root, await generatedFiles(spec));
    if (stale.length > 0) {
      console.error(`generated/ is stale (run \`npm run generate\`): ${stale.join(', ')}`);
      return 1;
    }
    const missing = missingHandlers(root, spec.operations);
    for (const line of missing) console.error(line);
    if (missing.length > 0) return 1;
    console.log('generated/ is up to date with openapi.yaml');
    return 0;
  }
  for (const [file, content] of await generatedFiles(spec)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), content);
  }
  console.log('generated/ written from openapi.yaml');
  const written = await writeStubs(
    root,
    stubsFor(spec.document, (file) => existsSync(join(root, file))),
  );
  for (const file of written) console.log(`new stub: ${file}`);
  if (written.length > 0) {
    console.log('Next: write each new handler (it throws until you do) and its test (docs/adding-an-operation.md).');
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await run(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    return 1;
  });
}
