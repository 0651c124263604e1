// Routing with openapi-backend's own router (OpenAPIRouter, its documented submodule), which
// loads none of openapi-backend's validation, mocking or $ref parsing. matchOperation lists
// every operation of its definition and compiles a RegExp per template on each call, so the
// paths are split once into small routers that can each hold every match of a request.
import { OpenAPIRouter } from 'openapi-backend/router.js';

type Definition = ConstructorParameters<typeof OpenAPIRouter>[0]['definition'];
/** What openapi-backend needs to route: paths, their methods and operationIds (generated/operations.ts). */
export interface RoutingDefinition {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { operationId: string }>>;
}

export interface Route {
  operationId: string;
  /** Path parameters, decoded, as openapi-backend's parseRequest gives them. */
  params: Record<string, string>;
}

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'];
const NO_PARAMS: Readonly<Record<string, string>> = Object.freeze({});

/** The path as OpenAPIRouter matches it: trimmed, with a leading slash, without a query string. */
const normalized = (path: string) => {
  const trimmed = path.trim().split('?')[0] as string;
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
};

/**
 * Which router may hold a path's matches: its first segment and its number of segments. A template
 * parameter matches `[^/]+` (openapi-backend's pattern), never a `/`, so a request only ever matches
 * templates with as many segments as it has, and, when every first segment is literal, the same first.
 */
export function routerKey(path: string): string {
  const p = normalized(path);
  const second = p.indexOf('/', 1);
  let depth = 0;
  for (let i = p.indexOf('/'); i !== -1; i = p.indexOf('/', i + 1)) depth++;
  return `${depth} ${second === -1 ? p.slice(1) : p.slice(1, second)}`;
}

/**
 * The paths whose first segment is templated (`/{tenant}/users`) or partly so (`/v{n}`): they could
 * match a request of any first segment, which would break the split above. `npm run generate`
 * refuses them (src/codegen/spec.ts).
 */
export function pathsWithTemplatedFirstSegment(paths: readonly string[]): string[] {
  return paths.filter((path) => /^\/?[^/]*\{/.test(path));
}

export function createRouting(definition: RoutingDefinition) {
  const refused = pathsWithTemplatedFirstSegment(Object.keys(definition.paths));
  if (refused.length > 0) throw new Error(`Cannot route a templated first path segment: ${refused.join(', ')}`);
  const groups = new Map<string, RoutingDefinition['paths']>();
  for (const [path, item] of Object.entries(definition.paths)) {
    const key = routerKey(path);
    groups.set(key, { ...groups.get(key), [path]: item });
  }
  const routers = new Map(
    [...groups].map(([key, paths]) => [
      key,
      // `/users/` is not `/users`: the same strict matching as the gateway in front.
      new OpenAPIRouter({
        definition: { ...definition, paths } as unknown as Definition,
        ignoreTrailingSlashes: false,
      }),
    ]),
  );

  // The router's answer to a literal path of the definition (`GET /health`) depends on nothing else:
  // it is kept, keyed by method and path, so matchOperation (which lists every operation of its router
  // with lodash on each call) runs once per literal operation. At most one entry per literal path and
  // method of the definition: only requests that name one exactly, method in capitals, are kept.
  const literal = new Map<string, Route>();

  return {
    /** The operation a request reaches, or undefined (then `allowedMethods` tells a 405 from a 404). */
    match(method: string, path: string): Route | undefined {
      const known = literal.get(`${method} ${path}`);
      if (known) return known;
      const router = routers.get(routerKey(path));
      const request = { method, path, headers: {}, query: {} };
      const operation = router?.matchOperation(request);
      if (!router || !operation?.operationId) return undefined;
      if (operation.path === path && !path.includes('{') && method === method.toUpperCase()) {
        const route = { operationId: operation.operationId, params: NO_PARAMS };
        literal.set(`${method} ${path}`, route);
        return route;
      }
      // A literal path has no parameters to parse (parseRequest also parses headers, cookies and query).
      const params = operation.path.includes('{') ? router.parseRequest(request, operation).params : {};
      return { operationId: operation.operationId, params };
    },
    /** The methods openapi-backend routes for this path: empty when no template matches it. */
    allowedMethods(path: string): string[] {
      const router = routers.get(routerKey(path));
      return router ? METHODS.filter((method) => router.matchOperation({ method, path, headers: {} })) : [];
    },
  };
}

export type Routing = ReturnType<typeof createRouting>;
