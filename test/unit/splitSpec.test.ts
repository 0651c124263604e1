// A spec split into files (test/fixtures/split-spec: a root, paths/, components/) works
// everywhere the spec is read: bundled into one document, then codegen, the API Gateway
// transform and the shared operation view all take it like a one-file spec.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toApiGatewaySpec } from '../../infra/spec/apiGatewaySpec.js';
import { bundleSpec } from '../../src/codegen/bundleSpec.js';
import { generate } from '../../src/codegen/generate.js';
import { isObject, type JsonObject, type OpenApiDocument, operationsOf } from '../../src/codegen/openapiDocument.js';
import { refsOf } from '../infra/specWalk.js';

const fixture = resolve(import.meta.dirname, '../fixtures/split-spec');
const projectRequire = createRequire(import.meta.url);

type Validator = ((data: unknown) => boolean) & { errors?: Array<{ keyword: string; instancePath: string }> | null };

/** Loads a generated CommonJS validator module as Node would (its requires resolve from the project). */
function loadValidators(code: string): Record<string, Validator> {
  const module = { exports: {} as Record<string, Validator> };
  new Function('module', 'exports', 'require', code)(module, module.exports, projectRequire);
  return module.exports;
}

/** Each operation's description, by operationId. */
const descriptions = (doc: OpenApiDocument) =>
  Object.fromEntries(operationsOf(doc).map((op) => [op.operationId, op.operation.description]));

function withoutDescriptions(doc: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(doc);
  for (const { operation } of operationsOf(copy)) delete operation.description;
  return copy;
}

let files: Map<string, string>;
let bundled: OpenApiDocument;

beforeAll(async () => {
  files = await generate(fixture);
  bundled = JSON.parse(files.get('generated/openapi.json') ?? 'null');
});

describe('a split spec', () => {
  it('bundles into one document whose references all point inside it', async () => {
    const doc = await bundleSpec(resolve(fixture, 'openapi.yaml'));

    expect(Object.keys(doc.paths)).toEqual(['/widgets', '/widgets/{widgetId}']);
    expect(Object.keys((doc.components as JsonObject).schemas as JsonObject).sort()).toEqual(
      ['Problem', 'Widget', 'WidgetInput', 'WidgetList', 'WidgetName'].sort(),
    );
    expect(refsOf(doc).filter((ref) => !ref.startsWith('#/components/'))).toEqual([]);
    // generated/openapi.json is that document, with "Who may call" on the secured operations
    expect(withoutDescriptions(bundled)).toEqual(withoutDescriptions(doc));
    expect(descriptions(doc)).toEqual({
      listWidgets: undefined,
      createWidget: undefined,
      getWidget: 'Public, unlike the others.',
    });
  });

  it('says in generated/openapi.json, which the docs page is built from, who may call each secured operation', () => {
    expect(descriptions(bundled)).toEqual({
      listWidgets: '**Who may call:** any authenticated caller.\n',
      createWidget: '**Who may call:** any authenticated caller.\n',
      getWidget: 'Public, unlike the others.', // public: no line
    });
  });

  it('refuses a reference to a file that is not there, naming the file and where it is named', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'split-spec-'));
    try {
      cpSync(fixture, copy, { recursive: true });
      rmSync(join(copy, 'components/schemas/WidgetList.yaml'));

      const bundling = bundleSpec(join(copy, 'openapi.yaml'));

      await expect(bundling).rejects.toThrow(/WidgetList\.yaml.*paths\/widgets\.yaml#\/get\/responses\/200/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('gives the operation view every operation, its parameters and whether it is secured', () => {
    const ops = operationsOf(bundled).map(({ operationId, method, path, parameters, secured }) => ({
      operationId,
      method,
      path,
      parameters: parameters.map((p) => `${p.in}:${p.name}`),
      secured,
    }));

    expect(ops).toEqual([
      { operationId: 'listWidgets', method: 'get', path: '/widgets', parameters: ['query:limit'], secured: true },
      { operationId: 'createWidget', method: 'post', path: '/widgets', parameters: [], secured: true },
      {
        operationId: 'getWidget',
        method: 'get',
        path: '/widgets/{widgetId}',
        parameters: ['path:widgetId'],
        secured: false,
      },
    ]);
  });

  it('generates the operation table and the types', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'split-spec-table-'));
    try {
      writeFileSync(join(dir, 'operations.ts'), files.get('generated/operations.ts') ?? '');

      const { operations } = await import(join(dir, 'operations.ts'));

      expect(operations).toEqual({
        listWidgets: expect.objectContaining({
          method: 'get',
          path: '/widgets',
          secured: true,
          queryDefaults: ['limit'],
        }),
        createWidget: expect.objectContaining({ method: 'post', path: '/widgets', body: { required: true } }),
        getWidget: expect.objectContaining({ path: '/widgets/{widgetId}', successStatuses: [200], secured: false }),
      });
      expect(files.get('generated/types.ts')).toMatch(/listWidgets: \{/);
      expect(files.get('generated/types.ts')).toMatch(/WidgetList: \{/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('generates validators that enforce the schemas from the other files', () => {
    const body = loadValidators(files.get('generated/body-validators.cjs') ?? '');
    const params = loadValidators(files.get('generated/params-validators.cjs') ?? '');
    const query: Record<string, unknown> = {};

    expect(body.createWidget?.({ name: 'Sprocket' })).toBe(true);
    expect(body.createWidget?.({ name: ' Sprocket' })).toBe(false); // WidgetName.yaml's pattern
    expect(body.createWidget?.errors?.[0]).toMatchObject({ keyword: 'pattern', instancePath: '/name' });
    expect(body.createWidget?.({ name: 'S', colour: 'red' })).toBe(false);
    expect(params.getWidget?.({ path: { widgetId: 'not-a-uuid' }, query: {}, headers: {} })).toBe(false);
    expect(params.listWidgets?.({ path: {}, query, headers: {} })).toBe(true);
    expect(query.limit).toBe(20);
  });

  it('becomes an API Gateway document with an integration per operation and a model per schema', () => {
    const options = {
      integrationUri: 'arn:aws:apigateway:eu-west-1:lambda:path/fn/invocations',
      allowedOrigins: ['*'],
    };

    const body = toApiGatewaySpec(bundled, options);

    const operations = Object.values(body.paths as JsonObject).flatMap((item) =>
      Object.values(item as JsonObject).filter((op) => isObject(op) && typeof op.operationId === 'string'),
    ) as JsonObject[];
    expect(operations.map((op) => op.operationId).sort()).toEqual(['createWidget', 'getWidget', 'listWidgets']);
    for (const op of operations) {
      expect(op['x-amazon-apigateway-integration']).toMatchObject({ type: 'aws_proxy', uri: options.integrationUri });
    }
    expect(Object.keys((body.components as JsonObject).schemas as JsonObject).sort()).toEqual(
      ['Problem', 'Widget', 'WidgetInput', 'WidgetList', 'WidgetName'].sort(),
    );
    expect(new Set(refsOf(body))).toEqual(
      new Set([
        '#/components/schemas/WidgetList',
        '#/components/schemas/Widget',
        '#/components/schemas/WidgetInput',
        '#/components/schemas/WidgetName',
        '#/components/schemas/Problem',
      ]),
    );
  });
});
