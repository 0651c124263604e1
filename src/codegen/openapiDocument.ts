// The one reader of the bundled API document (generated/openapi.json, written by
// `npm run generate`): its JSON types, the HTTP methods, the operations, and $refs.
// Codegen, the API Gateway transform and the contract tests all read the spec here.
import { readFileSync } from 'node:fs';

export type Json = null | boolean | number | string | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json };

export interface OpenApiDocument extends JsonObject {
  openapi: string;
  paths: JsonObject;
}

/** The fixed fields of a path item that hold operations (OpenAPI 3.0), in the spec's order. */
export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];

/** openapi.yaml, bundled into one document whose $refs all point inside it. */
export const bundledSpecPath = new URL('../../generated/openapi.json', import.meta.url);

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asOpenApiDocument(doc: Json, source: string): OpenApiDocument {
  if (!isObject(doc) || typeof doc.openapi !== 'string' || !isObject(doc.paths)) {
    throw new Error(`${source} is not an OpenAPI document`);
  }
  return doc as OpenApiDocument;
}

/** Reads the bundled document that `npm run generate` wrote (JSON). */
export function readBundledSpec(path: URL | string = bundledSpecPath): OpenApiDocument {
  return asOpenApiDocument(JSON.parse(readFileSync(path, 'utf8')) as Json, String(path));
}

/** What a `#/...` reference points at in `doc`. Bundled documents hold no other kind. */
export function resolveRef(doc: JsonObject, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`Only local references (#/...) are supported, not ${ref}: bundle first`);
  let node: Json = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const next: Json | undefined = isObject(node) ? node[key] : undefined;
    if (next === undefined) throw new Error(`Unresolvable reference ${ref}`);
    node = next;
  }
  return node;
}

/** Follows a chain of references to the object at its end (a parameter, a request body). */
export function deref(doc: JsonObject, node: Json | undefined): JsonObject {
  let current = node;
  for (const seen: string[] = []; isObject(current) && typeof current.$ref === 'string'; ) {
    if (seen.includes(current.$ref)) throw new Error(`Circular reference ${current.$ref}`);
    seen.push(current.$ref);
    current = resolveRef(doc, current.$ref);
  }
  if (!isObject(current)) throw new Error(`Expected an object, found ${JSON.stringify(current)}`);
  return current;
}

/**
 * `node` with every reference replaced by a copy of what it points at, except those
 * `keep` names (API Gateway's models). `example` values are data and are left as they are;
 * the keys of `properties` are names, not keywords. A cycle of inlined references throws.
 */
export function inlineRefs(doc: JsonObject, node: Json, keep: (ref: string) => boolean = () => false): Json {
  const walk = (value: Json, seen: readonly string[], names: boolean): Json => {
    if (Array.isArray(value)) return value.map((item) => walk(item, seen, false));
    if (!isObject(value)) return value;
    const ref = value.$ref;
    if (!names && typeof ref === 'string' && !keep(ref)) {
      if (seen.includes(ref)) throw new Error(`Recursive reference ${ref} cannot be inlined`);
      return walk(resolveRef(doc, ref), [...seen, ref], false);
    }
    const out: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = !names && key === 'example' ? item : walk(item, seen, !names && key === 'properties');
    }
    return out;
  };
  return walk(node, [], false);
}

export interface Operation {
  operationId: string;
  method: HttpMethod;
  path: string;
  /** The operation object as the document holds it (references intact). */
  operation: JsonObject;
  /** The path item's and the operation's parameters, references followed; the operation's win. */
  parameters: JsonObject[];
  /** True when every security requirement that applies names a scheme (no anonymous access). */
  secured: boolean;
}

/** The operations of one path item, in `httpMethods` order (as API Gateway's Allow lists them). */
function operationsIn(pathItem: JsonObject): Array<[HttpMethod, JsonObject]> {
  return httpMethods.flatMap((method) => {
    const operation = pathItem[method];
    return isObject(operation) ? [[method, operation] as [HttpMethod, JsonObject]] : [];
  });
}

/** Every operation of the document: path by path in the document's order, then by method. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, raw]) => {
    const item = deref(doc, raw);
    return operationsIn(item).map(([method, operation]): Operation => {
      const { operationId } = operation;
      if (typeof operationId !== 'string') throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const byKey = new Map<string, JsonObject>();
      for (const p of [...asArray(item.parameters), ...asArray(operation.parameters)]) {
        const parameter = deref(doc, p);
        byKey.set(`${parameter.in}:${parameter.name}`, parameter);
      }
      const requirements = asArray(operation.security ?? doc.security);
      const secured = requirements.length > 0 && requirements.every((r) => isObject(r) && Object.keys(r).length > 0);
      return { operationId, method, path, operation, parameters: [...byKey.values()], secured };
    });
  });
}

const asArray = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);
