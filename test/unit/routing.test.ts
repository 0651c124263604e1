// One routing rule, whatever order the spec lists its paths in: the function's router
// (openapi-backend's OpenAPIRouter, src/http/routing.ts) and the gateway's (the emulator of API
// Gateway's resource tree) both prefer the most specific template, so reversing `paths` changes no route.
import fc from 'fast-check';
import { OpenAPIRouter } from 'openapi-backend/router.js';
import { describe, expect, it } from 'vitest';
import { type OperationId, operations, routingDefinition } from '../../generated/operations.js';
import { createRouting, pathsWithTemplatedFirstSegment } from '../../src/http/routing.js';
import { type JsonObject, loadRestApi, matchRoute } from '../../src/local/apiGateway/document.js';
import { localApiDocument } from '../../src/local/localStage.js';

const entries = Object.entries(operations) as [OperationId, (typeof operations)[OperationId]][];
/** A concrete path for a template, every parameter set to `value`. */
const concrete = (template: string, value = 'p1') => template.replace(/\{[^}]+\}/g, value);

function withPathsReversed<T extends { paths: object }>(document: T): T {
  return { ...document, paths: Object.fromEntries(Object.entries(document.paths).reverse()) };
}

function functionRouter(definition: typeof routingDefinition) {
  const routing = createRouting(definition);
  return (method: string, path: string) => routing.match(method, path)?.operationId;
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
  ])('sends every operation to its handler in the function, the spec %s', (_, definition) => {
    const route = functionRouter(definition);

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

describe('the function router, split by first segment and depth', () => {
  type Definition = ConstructorParameters<typeof OpenAPIRouter>[0]['definition'];
  const whole = new OpenAPIRouter({
    definition: structuredClone(routingDefinition) as unknown as Definition,
    ignoreTrailingSlashes: false,
  });
  const split = createRouting(routingDefinition);
  const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'];
  const segment = fc.oneof(
    fc.constantFrom('users', 'items', 'health', 'batch', 'restore', '', 'p1', '0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f'),
    fc.stringMatching(/^[a-z%0-9A-F.{}-]{1,6}$/),
  );
  const requestPath = fc.oneof(
    fc.array(segment, { minLength: 0, maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
    fc
      .constantFrom(...Object.keys(routingDefinition.paths))
      .chain((template) =>
        fc
          .tuple(segment, fc.constantFrom('', '/', '/x'))
          .map(([value, tail]) => template.replace(/\{[^}]+\}/g, value) + tail),
      ),
  );

  it('answers every request as one OpenAPIRouter over the whole definition does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...METHODS), requestPath, (method, path) => {
        fc.pre(isDecodable(path));
        const request = { method, path, headers: {} };
        const operation = whole.matchOperation(request);

        const route = split.match(method, path);

        expect(route?.operationId).toBe(operation?.operationId);
        if (operation) expect(route?.params).toEqual(whole.parseRequest(request, operation).params);
        const allowed = METHODS.filter((m) => whole.matchOperation({ method: m, path, headers: {} }));
        expect(split.allowedMethods(path)).toEqual(allowed);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('answers a literal path the same on every call, each method its own (the kept answers)', () => {
    const routing = createRouting(routingDefinition);
    const answers = () =>
      ['GET', 'POST', 'DELETE', 'get', 'PUT'].flatMap((method) =>
        ['/users', '/health', '/items/batch', '/items/p1'].map((path) => routing.match(method, path)),
      );

    const first = answers();
    const again = answers();

    expect(again).toEqual(first);
    expect(first.map((route) => route?.operationId)).toEqual([
      ...['listUsers', 'getHealth', 'getItem', 'getItem'],
      ...['createUser', undefined, 'createItems', undefined],
      ...[undefined, undefined, 'deleteItem', 'deleteItem'],
      ...['listUsers', 'getHealth', 'getItem', 'getItem'],
      ...[undefined, undefined, 'updateItem', 'updateItem'],
    ]);
    expect(first[2]?.params).toEqual({ itemId: 'batch' });
  });

  it('refuses a definition whose first path segment is templated, naming the paths', () => {
    const paths = { '/{tenant}/users': {}, '/v{major}/health': {}, '/users/{userId}': {} };

    expect(pathsWithTemplatedFirstSegment(Object.keys(paths))).toEqual(['/{tenant}/users', '/v{major}/health']);
    expect(() => createRouting({ ...routingDefinition, paths })).toThrow(
      'Cannot route a templated first path segment: /{tenant}/users, /v{major}/health',
    );
  });
});

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
