// The contract as the tests read it: generated/openapi.json (openapi.yaml as JSON)
// with every $ref inlined, as a table of operations, parameters and responses.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type JsonSchema = Record<string, unknown>;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = Record<string, Json>;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
  example?: unknown;
}

export interface Example {
  name: string;
  value: unknown;
}

export interface MediaType {
  schema: JsonSchema;
  examples: Example[];
}

export interface HeaderSpec {
  /** As the spec writes it: undefined when it says nothing. */
  required?: boolean;
  schema: JsonSchema;
}

export interface ResponseSpec {
  status: number;
  /** By lower-case header name. */
  headers: Record<string, HeaderSpec>;
  /** By media type; empty for a response without a body (204). */
  content: Record<string, MediaType>;
}

export interface OperationSpec {
  operationId: string;
  method: 'get' | 'put' | 'post' | 'delete' | 'patch';
  path: string;
  summary: string;
  /** True when the operation needs credentials (a non-empty security requirement). */
  secured: boolean;
  parameters: Parameter[];
  requestBody?: { required: boolean; content: Record<string, MediaType> };
  responses: ResponseSpec[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export const specFile = resolve(import.meta.dirname, '../../../generated/openapi.json');

/** Inlines every local $ref (the spec has no recursive schemas); `nullable` becomes a union with null. */
function inline(root: Json, node: Json, seen: readonly string[] = []): Json {
  if (Array.isArray(node)) return node.map((item) => inline(root, item, seen));
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    const ref = node.$ref;
    if (!ref.startsWith('#/') || seen.includes(ref)) throw new Error(`cannot inline $ref ${ref}`);
    let target: Json | undefined = root;
    for (const raw of ref.slice(2).split('/')) {
      target = (target as JsonObject | undefined)?.[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    if (target === undefined) throw new Error(`unresolvable $ref ${ref}`);
    return inline(root, target, [...seen, ref]);
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) out[key] = inline(root, value, seen);
  if (out.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  delete out.nullable;
  return out;
}

function mediaTypes(content: Json | undefined): Record<string, MediaType> {
  const out: Record<string, MediaType> = {};
  for (const [type, media] of Object.entries((content ?? {}) as Record<string, JsonObject>)) {
    const named = Object.entries((media.examples ?? {}) as Record<string, { value: unknown }>);
    const examples = named.map(([name, example]) => ({ name, value: example.value }));
    if (media.example !== undefined) examples.push({ name: 'example', value: media.example });
    out[type] = { schema: media.schema as JsonSchema, examples };
  }
  return out;
}

function response(status: string, r: JsonObject): ResponseSpec {
  const headers = Object.entries((r.headers ?? {}) as Record<string, JsonObject>).map(([name, h]) => [
    name.toLowerCase(),
    { ...(typeof h.required === 'boolean' ? { required: h.required } : {}), schema: h.schema as JsonSchema },
  ]);
  return { status: Number(status), headers: Object.fromEntries(headers), content: mediaTypes(r.content) };
}

function readOperations(document: JsonObject): OperationSpec[] {
  const operations: OperationSpec[] = [];
  const globalSecurity = (document.security ?? []) as JsonObject[];
  for (const [path, item] of Object.entries(document.paths as Record<string, JsonObject>)) {
    for (const method of METHODS) {
      const op = item[method] as JsonObject | undefined;
      if (!op) continue;
      const parameters = [...((item.parameters ?? []) as JsonObject[]), ...((op.parameters ?? []) as JsonObject[])];
      const body = op.requestBody as JsonObject | undefined;
      const security = (op.security ?? globalSecurity) as JsonObject[];
      operations.push({
        operationId: op.operationId as string,
        method,
        path,
        summary: op.summary as string,
        secured: security.some((requirement) => Object.keys(requirement).length > 0),
        parameters: parameters.map((p) => ({
          name: p.name as string,
          in: p.in as Parameter['in'],
          required: p.required === true,
          schema: p.schema as JsonSchema,
          example: p.example,
        })),
        ...(body ? { requestBody: { required: body.required === true, content: mediaTypes(body.content) } } : {}),
        responses: Object.entries(op.responses as Record<string, JsonObject>).map(([status, r]) => response(status, r)),
      });
    }
  }
  return operations;
}

const raw = JSON.parse(readFileSync(specFile, 'utf8')) as Json;
const document = inline(raw, raw) as JsonObject;

/** Every operation of the spec, in the spec's order. */
export const operations: readonly OperationSpec[] = readOperations(document);

export function operation(operationId: string): OperationSpec {
  const op = operations.find((o) => o.operationId === operationId);
  if (!op) throw new Error(`the spec has no operation ${operationId}`);
  return op;
}

export function responseOf(operationId: string, status: number): ResponseSpec | undefined {
  return operation(operationId).responses.find((r) => r.status === status);
}
