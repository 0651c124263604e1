// One routing rule, whatever order the spec lists its paths in: the function's router
// (openapi-backend) and the gateway's (the emulator of API Gateway's resource tree) both
// prefer the most specific template, so reversing `paths` changes no route.
import { type Document, OpenAPIBackend } from 'openapi-backend';
import { describe, expect, it } from 'vitest';
import { type OperationId, operations, routingDefinition } from '../../generated/operations.js';
import { type JsonObject, loadRestApi, matchRoute } from '../../src/local/apiGateway/document.js';
import { localApiDocument } from '../../src/local/localStage.js';

const entries = Object.entries(operations) as [OperationId, (typeof operations)[OperationId]][];
/** A concrete path for a template, every parameter set to `value`. */
const concrete = (template: string, value = 'p1') => template.replace(/\{[^}]+\}/g, value);

function withPathsReversed<T extends { paths: object }>(document: T): T {
  return { ...document, paths: Object.fromEntries(Object.entries(document.paths).reverse()) };
}

async function functionRouter(definition: typeof routingDefinition) {
  const backend = new OpenAPIBackend({
    definition: structuredClone(definition) as unknown as Document,
    quick: true,
    validate: false,
  });
  await backend.init();
  return (method: string, path: string) => backend.matchOperation({ method, path, headers: {} })?.operationId;
}

describe('routing', () => {
  it('takes the spec with its paths in both orders to the function, /items/batch among them', () => {
    const reversed = withPathsReversed(routingDefinition);

    expect(Object.keys(reversed.paths)).toEqual(Object.keys(routingDefinition.paths).reverse());
    expect(Object.keys(routingDefinition.paths).indexOf('/items/batch')).toBeLessThan(
      Object.keys(routingDefinition.paths).indexOf('/items/{itemId}'),
    );
  });

  it.each([
    ['as written', routingDefinition],
    ['with its paths reversed', withPathsReversed(routingDefinition)],
  ])('sends every operation to its handler in the function, the spec %s', async (_, definition) => {
    const route = await functionRouter(definition);

    for (const [id, op] of entries) {
      expect(route(op.method, concrete(op.path)), id).toBe(id);
      // `batch` as a parameter meets the literal /items/batch: the literal wins for its method.
      expect(route(op.method, concrete(op.path, 'batch')), id).toBe(id);
    }
    expect(route('post', '/items/batch')).toBe('createItems');
    expect(route('get', '/items/batch')).toBe('getItem'); // the gateway in front answers 405 first
  });

  it.each([
    ['as written', (d: JsonObject) => d],
    ['with its paths reversed', (d: JsonObject) => withPathsReversed(d as JsonObject & { paths: object })],
  ])('sends every operation to its resource at the gateway, the spec %s', (_, order) => {
    const api = loadRestApi(order(localApiDocument([])));

    for (const [id, op] of entries) {
      const match = matchRoute(api, concrete(op.path), op.method);
      expect(match?.resource.path, id).toBe(op.path);
      expect(match?.method.operationId, id).toBe(id);
    }
    expect(matchRoute(api, '/items/batch', 'GET')?.method.integration.type).toBe('mock'); // the 405
  });
});
