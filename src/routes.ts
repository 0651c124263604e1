// The spec's path templates as matchers, built once from the generated operation
// table: which template a concrete path falls under, its path parameters, and the
// methods the spec lists for it (for 405 Allow headers and CORS preflights).
import { type OperationId, operations } from '../generated/operations.js';

interface Route {
  template: string;
  names: string[];
  pattern: RegExp;
  methods: string[];
  operations: Map<string, OperationId>;
}

const routes = new Map<string, Route>();
for (const [id, op] of Object.entries(operations) as [OperationId, (typeof operations)[OperationId]][]) {
  const route: Route = routes.get(op.path) ?? {
    template: op.path,
    names: [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string),
    pattern: new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '([^/]+)')}$`),
    methods: [],
    operations: new Map(),
  };
  route.methods.push(op.method.toUpperCase());
  route.operations.set(op.method.toUpperCase(), id);
  routes.set(op.path, route);
}

export interface PathMatch {
  /** The spec's path template, e.g. `/users/{userId}`. */
  template: string;
  /** Path parameters by name, still percent-encoded. */
  params: Record<string, string>;
  /** The methods the spec lists for the template. */
  methods: string[];
  /** The operation for a method, if the spec has one. */
  operationFor(method: string): OperationId | undefined;
}

export function matchPath(path: string): PathMatch | undefined {
  for (const route of routes.values()) {
    const m = route.pattern.exec(path);
    if (m) {
      return {
        template: route.template,
        params: Object.fromEntries(route.names.map((name, i) => [name, m[i + 1] as string])),
        methods: route.methods,
        operationFor: (method) => route.operations.get(method.toUpperCase()),
      };
    }
  }
  return undefined;
}
