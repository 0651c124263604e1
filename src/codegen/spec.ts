// What the generators need from the bundled spec: the operation table and plain JSON
// Schemas (references inlined, OpenAPI-only keywords removed) for Ajv.
import { bundleSpec } from './bundleSpec.js';
import {
  deref,
  inlineRefs,
  isObject,
  type Json,
  type JsonObject,
  type OpenApiDocument,
  operationsOf,
} from './openapiDocument.js';

export type JsonSchema = Record<string, unknown>;

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

/** An event the service publishes (an `x-webhooks` entry): its name and its payload's schema. */
export interface EventInfo {
  name: string;
  /** The components schema the payload references (e.g. `UserCreatedEvent`). */
  schemaName: string;
  schema: JsonSchema;
}

export interface Spec {
  /** The spec as one document (its files bundled), as generated/openapi.json holds it. */
  document: OpenApiDocument;
  operations: OperationInfo[];
  events: EventInfo[];
}

// Annotations that JSON Schema validators do not know (Ajv's strict mode rejects them).
const OPENAPI_ONLY = new Set(['example', 'examples', 'xml', 'externalDocs', 'discriminator', 'deprecated']);

/** Reads the spec from its root file (the files it references are bundled in). */
export async function readSpec(rootFile: string): Promise<Spec> {
  const document = await bundleSpec(rootFile);
  return { document, operations: listOperations(document), events: listEvents(document) };
}

/**
 * The events of `x-webhooks` (Redoc's extension for OpenAPI 3.0, so the docs page shows them):
 * each a `post` whose JSON request body references a components schema.
 */
function listEvents(document: OpenApiDocument): EventInfo[] {
  const hooks = isObject(document['x-webhooks']) ? document['x-webhooks'] : {};
  return Object.entries(hooks).map(([name, item]) => {
    const post = isObject(item) && isObject(item.post) ? item.post : undefined;
    const body = post && isObject(post.requestBody) ? deref(document, post.requestBody) : undefined;
    const media = body && isObject(body.content) ? body.content['application/json'] : undefined;
    const schema = isObject(media) && isObject(media.schema) ? media.schema : undefined;
    const ref = schema?.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/components/schemas/')) {
      throw new Error(`x-webhooks.${name}: the post's JSON request body must reference a components schema`);
    }
    return {
      name,
      schemaName: ref.slice('#/components/schemas/'.length),
      schema: toJsonSchema(document, schema),
    };
  });
}

/** Drops OpenAPI-only keywords from a schema whose references are inlined; `nullable` becomes a type list. */
function withoutOpenApiKeywords(node: Json): Json {
  if (Array.isArray(node)) return node.map(withoutOpenApiKeywords);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (OPENAPI_ONLY.has(key) || key.startsWith('x-')) continue;
    if (key === 'readOnly' || key === 'writeOnly' || key === 'nullable') continue;
    // `properties` maps names to schemas: a property may be called "example".
    out[key] =
      key === 'properties' && isObject(value)
        ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, withoutOpenApiKeywords(schema)]))
        : withoutOpenApiKeywords(value);
  }
  if (node.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  return out;
}

/** A schema of the spec as a self-contained JSON Schema (the spec has no recursive schemas). */
export function toJsonSchema(document: OpenApiDocument, schema: Json | undefined): JsonSchema {
  return withoutOpenApiKeywords(inlineRefs(document, schema ?? {})) as JsonSchema;
}

function listOperations(document: OpenApiDocument): OperationInfo[] {
  return operationsOf(document).map(({ operationId, method, path, operation, parameters, secured }) => {
    const info: OperationInfo = {
      operationId,
      method,
      path,
      parameters: parameters.map((p) => ({
        name: String(p.name),
        in: p.in as Parameter['in'],
        required: p.required === true,
        schema: toJsonSchema(document, p.schema),
      })),
      secured,
      successStatuses: Object.keys(isObject(operation.responses) ? operation.responses : {})
        .filter((code) => /^2\d\d$/.test(code))
        .map(Number),
    };
    if (operation.requestBody) {
      const body = deref(document, operation.requestBody);
      const content = isObject(body.content) ? body.content : {};
      const media = content['application/json'];
      if (!isObject(media)) throw new Error(`${operationId}: only application/json request bodies are supported`);
      info.body = { required: body.required === true, schema: toJsonSchema(document, media.schema) };
    }
    return info;
  });
}
