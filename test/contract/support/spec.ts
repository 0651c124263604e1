// The contract as the tests read it: the bundled spec (generated/openapi.json) with
// every $ref inlined, as a table of operations, parameters and responses.
import {
  type HttpMethod,
  inlineRefs,
  isObject,
  type Json,
  type JsonObject,
  operationsOf,
  readBundledSpec,
} from '../../../src/codegen/openapiDocument.js';

export type JsonSchema = Record<string, unknown>;

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
  method: HttpMethod;
  path: string;
  summary: string;
  /** True when the operation needs credentials (no security requirement that applies is empty). */
  secured: boolean;
  parameters: Parameter[];
  requestBody?: { required: boolean; content: Record<string, MediaType> };
  responses: ResponseSpec[];
}

/** OpenAPI 3.0's `nullable` as JSON Schema says it: a union with null. */
function nullableAsUnion(node: Json): Json {
  if (Array.isArray(node)) return node.map(nullableAsUnion);
  if (!isObject(node)) return node;
  const out = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, nullableAsUnion(value)]));
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

const raw = readBundledSpec();

/** References inlined, so that every schema and example stands alone. */
const inlined = (node: Json) => nullableAsUnion(inlineRefs(raw, node)) as JsonObject;

function readOperations(): OperationSpec[] {
  return operationsOf(raw).map(({ operationId, method, path, operation, parameters, secured }) => {
    const op = inlined(operation);
    const body = op.requestBody as JsonObject | undefined;
    return {
      operationId,
      method,
      path,
      summary: op.summary as string,
      secured,
      parameters: parameters.map(inlined).map((p) => ({
        name: p.name as string,
        in: p.in as Parameter['in'],
        required: p.required === true,
        schema: p.schema as JsonSchema,
        example: p.example,
      })),
      ...(body ? { requestBody: { required: body.required === true, content: mediaTypes(body.content) } } : {}),
      responses: Object.entries(op.responses as Record<string, JsonObject>).map(([status, r]) => response(status, r)),
    };
  });
}

/** Every operation of the spec, in the spec's order. */
export const operations: readonly OperationSpec[] = readOperations();

export function operation(operationId: string): OperationSpec {
  const op = operations.find((o) => o.operationId === operationId);
  if (!op) throw new Error(`the spec has no operation ${operationId}`);
  return op;
}

export function responseOf(operationId: string, status: number): ResponseSpec | undefined {
  return operation(operationId).responses.find((r) => r.status === status);
}
