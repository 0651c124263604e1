// Reads openapi.yaml and derives what the generators need from it: the operation
// table and plain JSON Schemas (refs inlined, OpenAPI-only keywords removed).
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

export type JsonSchema = Record<string, unknown>;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

export interface OperationInfo {
  operationId: string;
  method: string;
  path: string;
  parameters: Parameter[];
  body?: { required: boolean; schema: JsonSchema };
  successStatuses: number[];
  /** True when the operation requires any security scheme. */
  secured: boolean;
}

export interface Spec {
  document: Record<string, Json>;
  operations: OperationInfo[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
// Annotations that JSON Schema validators do not know (Ajv's strict mode rejects them).
const OPENAPI_ONLY = new Set(['example', 'examples', 'xml', 'externalDocs', 'discriminator', 'deprecated']);

export async function readSpec(specPath: string): Promise<Spec> {
  const document = parse(await readFile(specPath, 'utf8')) as Record<string, Json>;
  return { document, operations: listOperations(document) };
}

function resolveRef(document: Json, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported: ${ref}`);
  let node: Json = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !(key in node)) {
      throw new Error(`Unresolvable $ref ${ref}`);
    }
    node = (node as Record<string, Json>)[key] as Json;
  }
  return node;
}

/** Inlines every $ref (the spec has no recursive schemas) and drops OpenAPI-only keywords. */
export function toJsonSchema(document: Json, node: Json, seen: string[] = []): Json {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(document, item, seen));
  if (node === null || typeof node !== 'object') return node;
  const ref = node.$ref;
  if (typeof ref === 'string') {
    if (seen.includes(ref)) throw new Error(`Recursive $ref ${ref} cannot be inlined`);
    return toJsonSchema(document, resolveRef(document, ref), [...seen, ref]);
  }
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) {
    if (OPENAPI_ONLY.has(key) || key.startsWith('x-')) continue;
    if (key === 'readOnly' || key === 'writeOnly' || key === 'nullable') continue;
    // `properties` maps names to schemas: a property may be called "example".
    out[key] =
      key === 'properties'
        ? Object.fromEntries(
            Object.entries(value as Record<string, Json>).map(([name, schema]) => [
              name,
              toJsonSchema(document, schema, seen),
            ]),
          )
        : toJsonSchema(document, value, seen);
  }
  if (node.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  return out;
}

function deref<T>(document: Json, node: Json): T {
  let current = node;
  while (current && typeof current === 'object' && !Array.isArray(current) && typeof current.$ref === 'string') {
    current = resolveRef(document, current.$ref);
  }
  return current as T;
}

function listOperations(document: Record<string, Json>): OperationInfo[] {
  const operations: OperationInfo[] = [];
  const paths = (document.paths ?? {}) as Record<string, Record<string, Json>>;
  for (const [path, item] of Object.entries(paths)) {
    const shared = (item.parameters ?? []) as Json[];
    for (const method of METHODS) {
      const op = item[method] as Record<string, Json> | undefined;
      if (!op) continue;
      const operationId = op.operationId;
      if (typeof operationId !== 'string') throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const byKey = new Map<string, Parameter>();
      for (const raw of [...shared, ...((op.parameters ?? []) as Json[])]) {
        const p = deref<Record<string, Json>>(document, raw);
        byKey.set(`${p.in}:${p.name}`, {
          name: String(p.name),
          in: p.in as Parameter['in'],
          required: p.required === true,
          schema: toJsonSchema(document, p.schema ?? {}) as JsonSchema,
        });
      }
      const info: OperationInfo = {
        operationId,
        method,
        path,
        parameters: [...byKey.values()],
        secured: ((op.security ?? document.security ?? []) as Json[]).length > 0,
        successStatuses: Object.keys((op.responses ?? {}) as object)
          .filter((code) => /^2\d\d$/.test(code))
          .map(Number),
      };
      if (op.requestBody) {
        const body = deref<Record<string, Json>>(document, op.requestBody);
        const media = (body.content as Record<string, Record<string, Json>> | undefined)?.['application/json'];
        if (!media) throw new Error(`${operationId}: only application/json request bodies are supported`);
        info.body = {
          required: body.required === true,
          schema: toJsonSchema(document, media.schema ?? {}) as JsonSchema,
        };
      }
      operations.push(info);
    }
  }
  return operations;
}
