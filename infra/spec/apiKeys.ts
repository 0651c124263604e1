// API keys in the imported document (`-c apiKeys=on`): the key source, the `api_key`
// scheme and a requirement on every secured operation. API Gateway sets `apiKeyRequired`
// on each method whose security names that scheme; the local gateway reads the same.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-key-usage-plan-oas.html
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-api-key-source.html
import { httpMethods, isObject, type Json, type JsonObject } from '../../src/codegen/openapiDocument.js';

export const API_KEY_SCHEME = 'api_key';
/** The header API Gateway reads the key from when the source is HEADER. */
export const API_KEY_HEADER = 'x-api-key';

const apiKeyScheme: JsonObject = { type: 'apiKey', name: API_KEY_HEADER, in: 'header' };

/** True when the source spec secures the operation (its own security, else the root's, is non-empty). */
function isSecured(spec: JsonObject, path: string, method: string): boolean {
  const item = isObject(spec.paths) ? spec.paths[path] : undefined;
  const operation = isObject(item) ? item[method] : undefined;
  if (!isObject(operation)) return false;
  const security: Json | undefined = operation.security ?? spec.security;
  return Array.isArray(security) && security.length > 0;
}

/** Adds `x-api-key` to a preflight's allowed headers, so browsers may send the key. */
function allowKeyHeader(preflight: Json | undefined): void {
  const integration = isObject(preflight) ? preflight['x-amazon-apigateway-integration'] : undefined;
  const responses = isObject(integration) && isObject(integration.responses) ? integration.responses : {};
  for (const response of Object.values(responses)) {
    const parameters = isObject(response) && isObject(response.responseParameters) ? response.responseParameters : {};
    const key = 'method.response.header.Access-Control-Allow-Headers';
    const value = parameters[key];
    if (typeof value === 'string') parameters[key] = `${value.slice(0, -1)}, ${API_KEY_HEADER}'`;
  }
}

/**
 * `body` (the API Gateway document made from `spec`) with API keys required on every
 * operation the spec secures. Public operations (`security: []`: the health check, which
 * Route 53 health checks call without headers), CORS preflights (browsers send no custom
 * header on them) and the 405 mocks stay open. A method with an authorizer lists the
 * key as a second requirement object, which the import reads as "authorizer and key",
 * as AWS's own type-safe-api (aws/aws-pdk, prepare-spec) writes it.
 */
export function requireApiKeys(body: JsonObject, spec: JsonObject): JsonObject {
  const out = structuredClone(body);
  const paths = isObject(out.paths) ? out.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of httpMethods) {
      const operation = item[method];
      if (!isObject(operation) || !isSecured(spec, path, method)) continue;
      const security = Array.isArray(operation.security) ? operation.security : [];
      operation.security = [...security, { [API_KEY_SCHEME]: [] }];
    }
    allowKeyHeader(item.options);
  }
  const components = isObject(out.components) ? out.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  out.components = { ...components, securitySchemes: { ...schemes, [API_KEY_SCHEME]: apiKeyScheme } };
  return { 'x-amazon-apigateway-api-key-source': 'HEADER', ...out };
}
