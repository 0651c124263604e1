// openapi.yaml stays free of AWS extensions; this turns it into the API document that
// API Gateway imports (at synth) and the local gateway enforces (at `npm start`): a
// Lambda proxy integration on every operation, problem+json gateway errors, mock
// preflights and 405s, and only what the import supports.
import {
  bundledSpecPath,
  httpMethods,
  inlineRefs,
  isObject,
  type Json,
  type JsonObject,
  type OpenApiDocument,
  readBundledSpec,
} from '../../src/codegen/openapiDocument.js';
import { requireApiKeys } from './apiKeys.js';
import { gatewayResponses } from './gatewayResponses.js';
import { methodNotAllowedOperation, preflightOperation } from './mockOperations.js';
import { modelName, modelRef, toModelSchema } from './models.js';

export type { Json, JsonObject, OpenApiDocument } from '../../src/codegen/openapiDocument.js';
export { httpMethods };

export interface ApiGatewaySpecOptions {
  /** The function's invoke ARN: `arn:<partition>:apigateway:<region>:lambda:path/2015-03-31/functions/<arn>/invocations`. */
  readonly integrationUri: string;
  /** Origins browsers may call from (`*` for any), as ALLOWED_ORIGINS tells the function. */
  readonly allowedOrigins: readonly string[];
  /**
   * The `x-amazon-apigateway-authorizer` that checks bearer tokens (a Cognito user pool
   * authorizer). Without it, `http` security schemes, which the import does not support,
   * are left out and the operations they guard reach the function unauthenticated.
   */
  readonly bearerAuthorizer?: JsonObject;
  /** Require an API key (`x-api-key`) on every secured operation (infra/spec/apiKeys.ts). */
  readonly apiKeys?: boolean;
}

/**
 * The spec as `npm run generate` bundled it (generated/openapi.json): read synchronously,
 * so CDK synth stays synchronous, and one document however many files openapi.yaml spans.
 */
export function loadSpec(path: URL | string = bundledSpecPath): OpenApiDocument {
  return readBundledSpec(path);
}

const mapObject = (value: Json | undefined, fn: (item: JsonObject) => Json): JsonObject =>
  Object.fromEntries(Object.entries(isObject(value) ? value : {}).map(([key, item]) => [key, fn(item as JsonObject)]));

/** Keeps only the keys API Gateway uses, with the schema made a model. */
function pick(node: JsonObject, keys: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const key of keys) {
    const value = node[key];
    if (value !== undefined) out[key] = key === 'schema' ? toModelSchema(value) : value;
  }
  return out;
}

/**
 * The import takes only `name`, `in`, `required`, `type` and `description` of a parameter
 * (known issues); in OpenAPI 3 the type sits in the schema, so the schema keeps only it.
 */
function toParameter(p: JsonObject): JsonObject {
  const out = pick(p, ['name', 'in', 'required', 'description']);
  if (isObject(p.schema) && typeof p.schema.type === 'string') out.schema = { type: p.schema.type };
  return out;
}
const toContent = (content: Json | undefined) => mapObject(content, (media) => pick(media, ['schema']));

function toResponse(response: JsonObject): JsonObject {
  const out = pick(response, ['description']);
  if (response.headers !== undefined)
    out.headers = mapObject(response.headers, (h) => pick(h, ['description', 'required', 'schema']));
  if (response.content !== undefined) out.content = toContent(response.content);
  return out;
}

/**
 * API Gateway takes only `apiKey` security schemes (a Cognito authorizer is one, with
 * extensions). Bearer schemes become the authorizer when there is one; others are dropped.
 */
function toSecuritySchemes(schemes: Json | undefined, bearerAuthorizer: JsonObject | undefined): JsonObject {
  const out: JsonObject = {};
  for (const [name, scheme] of Object.entries(isObject(schemes) ? schemes : {})) {
    if (!isObject(scheme)) continue;
    if (scheme.type === 'apiKey') out[name] = scheme;
    else if (scheme.type === 'http' && scheme.scheme === 'bearer' && bearerAuthorizer) {
      out[name] = {
        type: 'apiKey',
        name: 'Authorization',
        in: 'header',
        'x-amazon-apigateway-authtype': 'cognito_user_pools',
        'x-amazon-apigateway-authorizer': bearerAuthorizer,
      };
    }
  }
  return out;
}

/** Security requirements naming only the schemes the body keeps; `[]` when none is left. */
function toSecurity(security: Json | undefined, schemes: JsonObject): Json | undefined {
  if (!Array.isArray(security)) return undefined;
  return security
    .filter(isObject)
    .map((requirement) => Object.fromEntries(Object.entries(requirement).filter(([name]) => name in schemes)))
    .filter((requirement) => Object.keys(requirement).length > 0);
}

function toOperation(
  operation: JsonObject,
  integration: JsonObject,
  schemes: JsonObject,
  rootSecurity: Json | undefined,
): JsonObject {
  const out = pick(operation, ['operationId', 'summary', 'description', 'tags']);
  // API Gateway ignores root-level security (known issues): every operation carries its own.
  const security = toSecurity(operation.security ?? rootSecurity, schemes);
  if (security !== undefined) out.security = security;
  if (Array.isArray(operation.parameters)) out.parameters = (operation.parameters as JsonObject[]).map(toParameter);
  if (isObject(operation.requestBody)) {
    out.requestBody = { ...pick(operation.requestBody, ['description', 'required']) };
    out.requestBody.content = toContent(operation.requestBody.content);
  }
  out.responses = mapObject(operation.responses, toResponse);
  out['x-amazon-apigateway-integration'] = integration;
  return out;
}

/**
 * The API Gateway body for `spec`. Also adds, per path, a mock `options` method that
 * answers CORS preflights, and a mock ANY method that answers every other HTTP method
 * with a 405 problem and `Allow`, as the spec promises, without invoking the function
 * (API Gateway alone would answer 403). No request validator is declared: the function
 * validates every request against the full spec and lists every failing field
 * (docs/architecture.md, "Request validation").
 */
export function toApiGatewaySpec(spec: OpenApiDocument, options: ApiGatewaySpecOptions): JsonObject {
  if (!/^3\.0\.\d+$/.test(spec.openapi)) {
    throw new Error(`API Gateway imports OpenAPI 3.0 documents; this one is ${spec.openapi}`);
  }
  // Every reference but those to whole schemas, which become API Gateway's models, and to
  // examples, which are documentation the body drops.
  const keep = (ref: string) => modelRef(ref) !== undefined || ref.startsWith('#/components/examples/');
  const doc = inlineRefs(spec, spec, keep) as OpenApiDocument;
  const components = isObject(doc.components) ? doc.components : {};
  const securitySchemes = toSecuritySchemes(components.securitySchemes, options.bearerAuthorizer);
  const integration: JsonObject = {
    type: 'aws_proxy',
    httpMethod: 'POST', // Lambda is always invoked with POST, whatever the client's method.
    uri: options.integrationUri,
    passthroughBehavior: 'when_no_match',
  };

  const paths = mapObject(doc.paths, (item) => {
    const out: JsonObject = {};
    if (Array.isArray(item.parameters)) out.parameters = (item.parameters as JsonObject[]).map(toParameter);
    for (const method of httpMethods) {
      const operation = item[method];
      if (isObject(operation)) out[method] = toOperation(operation, integration, securitySchemes, doc.security);
    }
    const methods = httpMethods.filter((m) => out[m] !== undefined).map((m) => m.toUpperCase());
    if (out.options === undefined) out.options = preflightOperation(methods, options.allowedOrigins);
    out['x-amazon-apigateway-any-method'] = methodNotAllowedOperation(methods, options.allowedOrigins);
    return out;
  });

  const schemas = Object.entries(isObject(components.schemas) ? components.schemas : {});
  const models = new Map(schemas.map(([name, schema]) => [modelName(name), toModelSchema(schema)]));
  if (models.size !== schemas.length) throw new Error('Two schema names differ only in non-alphanumeric characters');

  // The servers list describes the local gateway and mock; API Gateway would read a base path from it.
  // x-webhooks (the events, for the docs page and the generated validators) is nothing API Gateway serves.
  const {
    servers: _servers,
    paths: _paths,
    components: _components,
    security: _security,
    'x-webhooks': _webhooks,
    ...rest
  } = doc;
  const body: JsonObject = {
    ...rest,
    paths,
    components: {
      schemas: Object.fromEntries(modelsUsedBy(paths, models)),
      ...(Object.keys(securitySchemes).length > 0 ? { securitySchemes } : {}),
    },
    'x-amazon-apigateway-gateway-responses': gatewayResponses(options.allowedOrigins) as JsonObject,
  };
  return options.apiKeys ? requireApiKeys(body, spec as unknown as JsonObject) : body;
}

/** The models the paths reference, directly or through other models (the events' schemas are not). */
function modelsUsedBy(paths: Json, models: Map<string, Json>): Map<string, Json> {
  const used = new Map<string, Json>();
  const visit = (node: Json): void => {
    if (Array.isArray(node)) {
      for (const element of node) visit(element);
      return;
    }
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const name =
        key === '$ref' && typeof value === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(value)?.[1] : undefined;
      if (name !== undefined && !used.has(name) && models.has(name)) {
        used.set(name, models.get(name) as Json);
        visit(models.get(name) as Json);
      } else visit(value);
    }
  };
  visit(paths);
  return used;
}
