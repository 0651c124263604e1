// The one reader of the bundled spec: which operations it sees and how, and how it
// inlines references (what it keeps, what is data, what is a name).
import { describe, expect, it } from 'vitest';
import {
  inlineRefs,
  type JsonObject,
  type OpenApiDocument,
  operationsOf,
  readBundledSpec,
} from '../../src/codegen/openapiDocument.js';

const ok = { responses: { '200': { description: 'ok' } } };

describe('operationsOf', () => {
  it('lists the operations path by path, each path’s by method, with every method OpenAPI 3.0 has', () => {
    const doc: OpenApiDocument = {
      openapi: '3.0.3',
      paths: {
        '/b': { post: { operationId: 'makeB', ...ok }, get: { operationId: 'listB', ...ok }, summary: 'not an op' },
        '/a': { trace: { operationId: 'traceA', ...ok }, head: { operationId: 'headA', ...ok } },
      },
    };

    expect(operationsOf(doc).map((op) => `${op.method} ${op.path} ${op.operationId}`)).toEqual([
      'get /b listB',
      'post /b makeB',
      'head /a headA',
      'trace /a traceA',
    ]);
  });

  it('merges path and operation parameters, the operation’s winning, following references', () => {
    const doc: OpenApiDocument = {
      openapi: '3.0.3',
      components: { parameters: { Id: { name: 'id', in: 'path', required: true, description: 'shared' } } },
      paths: {
        '/x/{id}': {
          parameters: [{ $ref: '#/components/parameters/Id' }, { name: 'q', in: 'query' }],
          get: { operationId: 'getX', parameters: [{ name: 'id', in: 'path', description: 'own' }], ...ok },
        },
      },
    };

    const [op] = operationsOf(doc);

    expect(op?.parameters).toEqual([
      { name: 'id', in: 'path', description: 'own' },
      { name: 'q', in: 'query' },
    ]);
  });

  it('calls an operation secured only when every requirement that applies names a scheme', () => {
    const op = (operationId: string, security?: JsonObject[]) => ({
      get: { operationId, ...(security ? { security } : {}), ...ok },
    });
    const doc: OpenApiDocument = {
      openapi: '3.0.3',
      security: [{ bearer: [] }],
      paths: {
        '/inherits': op('inherits'),
        '/public': op('public', []),
        '/anonymous': op('anonymous', [{}]),
        '/optional': op('optional', [{}, { bearer: [] }]),
        '/either': op('either', [{ bearer: [] }, { key: [] }]),
      },
    };

    expect(Object.fromEntries(operationsOf(doc).map((o) => [o.operationId, o.secured]))).toEqual({
      inherits: true,
      public: false,
      anonymous: false,
      optional: false,
      either: true,
    });
  });

  it('refuses an operation without an operationId', () => {
    const doc: OpenApiDocument = { openapi: '3.0.3', paths: { '/x': { delete: { ...ok } } } };

    expect(() => operationsOf(doc)).toThrow('DELETE /x has no operationId');
  });

  it('reads our spec as generated/openapi.json holds it', () => {
    const ids = operationsOf(readBundledSpec()).map((op) => op.operationId);

    expect(ids).toContain('getHealth');
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('inlineRefs', () => {
  const doc: JsonObject = {
    components: {
      schemas: {
        Name: { type: 'string', maxLength: 5 },
        Thing: { type: 'object', properties: { name: { $ref: '#/components/schemas/Name' } } },
        Loop: { type: 'object', properties: { next: { $ref: '#/components/schemas/Loop' } } },
      },
    },
  };

  it('replaces references by copies of what they point at', () => {
    const node = { schema: { $ref: '#/components/schemas/Thing' } };

    expect(inlineRefs(doc, node)).toEqual({
      schema: { type: 'object', properties: { name: { type: 'string', maxLength: 5 } } },
    });
  });

  it('keeps the references it is told to keep', () => {
    const keep = (ref: string) => ref === '#/components/schemas/Name';

    expect(inlineRefs(doc, { $ref: '#/components/schemas/Thing' }, keep)).toEqual({
      type: 'object',
      properties: { name: { $ref: '#/components/schemas/Name' } },
    });
  });

  it('leaves example values as data, and reads properties named like keywords as names', () => {
    const node = {
      example: { $ref: 'not a reference, a value' },
      properties: { $ref: { type: 'string' }, example: { $ref: '#/components/schemas/Name' } },
    };

    expect(inlineRefs(doc, node)).toEqual({
      example: { $ref: 'not a reference, a value' },
      properties: { $ref: { type: 'string' }, example: { type: 'string', maxLength: 5 } },
    });
  });

  it('refuses a cycle it would have to inline, and references outside the document', () => {
    expect(() => inlineRefs(doc, { $ref: '#/components/schemas/Loop' })).toThrow(/Recursive reference/);
    expect(() => inlineRefs(doc, { $ref: 'other.yaml#/X' })).toThrow(/Only local references/);
    expect(() => inlineRefs(doc, { $ref: '#/components/schemas/Gone' })).toThrow(/Unresolvable reference/);
  });
});
