// Rewrites OpenAPI 3.0 schemas into what API Gateway models accept (JSON Schema draft 4,
// minus the keywords its import rejects). The gateway's copy may only be looser than the
// spec, never stricter: the function validates every request against the full spec.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html#api-gateway-known-issues-rest-apis

import { isObject, type Json, type JsonObject } from '../../src/codegen/openapiDocument.js';

export { isObject, type Json, type JsonObject };

/** Schema keywords left out of the gateway's models, and why. */
export const droppedSchemaKeywords: Readonly<Record<string, string>> = {
  example: 'not supported by the API Gateway import',
  discriminator: 'not supported in any schema object',
  oneOf: 'not supported by API Gateway models; the function enforces it',
  anyOf: 'not supported by API Gateway models; the function enforces it',
  readOnly: 'not supported by the API Gateway import',
  writeOnly: 'OpenAPI-only, not JSON Schema draft 4',
  xml: 'OpenAPI-only, not JSON Schema draft 4',
  externalDocs: 'OpenAPI-only, not JSON Schema draft 4',
  deprecated: 'not supported by the API Gateway import',
  default: 'not supported by the API Gateway import (known issues); the function applies defaults',
  // The gateway's validator and Ajv (ajv-formats) implement formats differently, and
  // int32/int64/decimal formats on numbers are refused: leave formats to the function.
  format: 'format checks differ between engines; the function enforces them',
  // Java regular expressions (the gateway) and ECMAScript ones (the spec, Ajv) differ on
  // \s, \w, \d and Unicode, so a pattern could reject what the spec accepts.
  pattern: 'regular expression dialects differ; the function enforces it',
};

/** Components of the form `#/components/schemas/<name>`: API Gateway turns each into a model. */
const MODEL_REF = /^#\/components\/schemas\/([^/]+)$/;

/** Model names may only hold letters and digits. */
export function modelName(schemaName: string): string {
  return schemaName.replace(/[^A-Za-z0-9]/g, '');
}

export function modelRef(ref: string): string | undefined {
  const name = MODEL_REF.exec(ref)?.[1];
  return name === undefined ? undefined : `#/components/schemas/${modelName(name)}`;
}

/** OpenAPI 3.0's `nullable` becomes a draft 4 type list. */
function withNullable(schema: JsonObject): void {
  if (schema.nullable !== true) {
    delete schema.nullable;
    return;
  }
  delete schema.nullable;
  if (typeof schema.type === 'string') schema.type = [schema.type, 'null'];
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
}

/**
 * `exclusiveMinimum`/`exclusiveMaximum` (booleans beside the bound in OpenAPI 3.0) are
 * refused by the import. For integers the bound moves by one, which keeps the same set;
 * for other numbers the inclusive bound stays, letting only the boundary value through.
 */
function withoutExclusiveBounds(schema: JsonObject): void {
  for (const [exclusive, bound, step] of [
    ['exclusiveMinimum', 'minimum', 1],
    ['exclusiveMaximum', 'maximum', -1],
  ] as const) {
    const flag = schema[exclusive];
    delete schema[exclusive];
    const value = schema[bound];
    if (flag === true && schema.type === 'integer' && typeof value === 'number' && Number.isInteger(value)) {
      schema[bound] = value + step;
    }
  }
}

/** A schema as API Gateway's models take it. */
export function toModelSchema(schema: Json): Json {
  if (!isObject(schema)) return schema;
  if (typeof schema.$ref === 'string') {
    // OpenAPI 3.0 ignores siblings of $ref; keep just the reference, renamed to its model.
    return { $ref: modelRef(schema.$ref) ?? schema.$ref };
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key in droppedSchemaKeywords || key.startsWith('x-')) continue;
    if (key === 'properties' && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toModelSchema(sub)]));
    } else if ((key === 'items' || key === 'not' || key === 'additionalProperties') && isObject(value)) {
      out[key] = toModelSchema(value);
    } else if (key === 'allOf' && Array.isArray(value)) {
      out[key] = value.map(toModelSchema);
    } else {
      out[key] = value;
    }
  }
  withNullable(out);
  withoutExclusiveBounds(out);
  return out;
}
