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
import { type AuthorizationPolicy, authorizationPolicies } from './authorization.js';
import { type EventInfo, type OperationInfo, readSpec, type Spec } from './spec.js';
import { stubsFor, writeStubs } from './stubs.js';

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

function operationsModule(
  ops: OperationInfo[],
  info: { title: string; version: string },
  policies: Record<string, AuthorizationPolicy | null>,
): string {
  const table = Object.fromEntries(
    ops.map((op) => [
      op.operationId,
      {
        method: op.method,
        path: op.path,
        body: op.body ? { required: op.body.required } : null,
        successStatuses: op.successStatuses,
        // Whether a bearer token is required (the operation's security requirements).
        secured: op.secured,
        // Who may call it (its x-authorization, compiled; null when public): src/http/authorization.ts.
        authorization: policies[op.operationId] ?? null,
        // Header parameters by their spec names (the runtime matches them without case).
        headerParams: op.parameters.filter((p) => p.in === 'header').map((p) => p.name),
        // Query parameters the validator fills with their default when absent.
        queryDefaults: op.parameters
          .filter((p) => p.in === 'query' && p.schema.default !== undefined)
          .map((p) => p.name),
      },
    ]),
  );
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) {
    paths[op.path] ??= {};
    (paths[op.path] as Record<string, unknown>)[op.method] = { operationId: op.operationId, responses: {} };
  }
  const routing = { openapi: '3.0.3', info, paths };
  return `${banner('The operation table and a minimal routing document.')}
export const apiVersion = ${JSON.stringify(info.version)};

export const operations = ${JSON.stringify(table, null, 2)} as const;

export type OperationId = keyof typeof operations;

/** Paths and operationIds only: all openapi-backend needs to route (validation is precompiled). */
export const routingDefinition = ${JSON.stringify(routing, null, 2)};
`;
}

/** The events of x-webhooks: their names, and each one's payload type from types.ts. */
function eventsModule(events: EventInfo[]): string {
  return `${banner('The events the service publishes (x-webhooks).')}
import type { components } from './types.js';

export const eventTypes = ${JSON.stringify(
    events.map((e) => e.name),
    null,
    2,
  )} as const;

export type EventType = (typeof eventTypes)[number];

/** Each event's payload, by its type. */
export interface EventPayloads {
${events.map((e) => `  ${e.name}: components['schemas']['${e.schemaName}'];`).join('\n')}
}
`;
}

/**
 * The function splits its routes by first path segment (src/http/routing.ts), which holds only
 * while every first segment is literal: refuse a spec that templates one, before writing anything.
 */
function assertRoutable(ops: OperationInfo[]): void {
  const refused = pathsWithTemplatedFirstSegment([...new Set(ops.map((op) => op.path))]);
  if (refused.length > 0) {
    throw new Error(
      `openapi.yaml: a path's first segment must be literal, as the function routes by it ` +
        `(src/http/routing.ts); put a literal prefix first (e.g. /tenants/{tenant}/...): ${refused.join(', ')}`,
    );
  }
}

/** The content of every file under generated/, keyed by path relative to `root`. */
export async function generate(root = projectRoot): Promise<Map<string, string>> {
  return generatedFiles(await readSpec(join(root, 'openapi.yaml')));
}

async function generatedFiles(spec: Spec): Promise<Map<string, string>> {
  const info = spec.document.info as { title: string; version: string };
  const ops = spec.operations;
  assertRoutable(ops);

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
      operationsModule(ops, { title: info.title, version: info.version }, authorizationPolicies(spec.document)),
    ],
    ['generated/openapi.json', `${JSON.stringify(spec.document, null, 2)}\n`],
    ['generated/validator-types.ts', VALIDATOR_TYPES],
    ['generated/params-validators.cjs', params.code],
    ['generated/params-validators.d.cts', params.types],
    ['generated/body-validators.cjs', body.code],
    ['generated/body-validators.d.cts', body.types],
    ['generated/event-validators.cjs', events.code],
    ['generated/event-validators.d.cts', events.types],
    ['generated/events.ts', eventsModule(spec.events)],
  ]);
}

/** Files under generated/ whose content differs from a fresh generation. */
export async function staleFiles(root = projectRoot): Promise<string[]> {
  const stale: string[] = [];
  for (const [file, content] of await generate(root)) {
    const current = await readFile(join(root, file), 'utf8').catch(() => null);
    if (current !== content) stale.push(file);
  }
  return stale;
}

/**
 * `npm run generate [-- --check]` on the project at `root`: writes generated/ and the stubs of
 * operations without a handler, or with `--check` only compares generated/ (stubs are not
 * generated files: they become the developer's). Returns the exit code.
 */
export async function run(args: readonly string[], root = projectRoot): Promise<number> {
  if (args.includes('--check')) {
    const stale = await staleFiles(root);
    if (stale.length > 0) {
      console.error(`generated/ is stale (run \`npm run generate\`): ${stale.join(', ')}`);
      return 1;
    }
    console.log('generated/ is up to date with openapi.yaml');
    return 0;
  }
  const spec = await readSpec(join(root, 'openapi.yaml'));
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
    console.log('Next: `npm run typecheck` names what is still missing (docs/adding-an-operation.md).');
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await run(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    return 1;
  });
}
