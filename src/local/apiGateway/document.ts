// An imported REST API document (OpenAPI 3.0 with API Gateway's extensions) as the
// emulator reads it: resources with their methods, each method's authorizer,
// validator, request models and integration, and the gateway responses. Knows
// nothing of this project's API, only of the document.
import { isObject, type Json, type JsonObject } from '../../../infra/spec/models.js';
import { type Authorizer, checkApiKeySource, DocumentError, toMethodSecurity } from './methodSecurity.js';

export type { Authorizer, Json, JsonObject };

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;
const ANY = 'x-amazon-apigateway-any-method';

export interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required: boolean;
}

export interface Validator {
  validateRequestBody: boolean;
  validateRequestParameters: boolean;
}

export interface Method {
  /** Upper case, or `ANY`. */
  httpMethod: string;
  resourcePath: string;
  operationId?: string;
  authorizer?: Authorizer;
  /** The method's security names the API key scheme: callers need a key of a usage plan. */
  apiKeyRequired: boolean;
  validator?: Validator;
  parameters: Parameter[];
  /** Request body schemas by content type. */
  requestModels: Record<string, Json>;
  integration: JsonObject;
  /** Header names each method response status declares. */
  responseHeaders: Record<string, string[]>;
}

export interface Resource {
  path: string;
  /** `{name}`, `{name+}` or a literal, per segment. */
  segments: string[];
  methods: Map<string, Method>;
}

export interface GatewayResponse {
  statusCode?: number;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
}

export interface RestApi {
  resources: Resource[];
  gatewayResponses: Record<string, GatewayResponse>;
  /** `components.schemas`, which `$ref`s in request models point into. */
  models: JsonObject;
}

function toParameters(list: Json | undefined): Parameter[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).map((p) => {
    if (p.in !== 'path' && p.in !== 'query' && p.in !== 'header') throw new DocumentError(`Parameter in ${p.in}`);
    return { in: p.in, name: String(p.name), required: p.required === true };
  });
}

interface Defaults {
  schemes: JsonObject;
  validators: JsonObject;
  validator: Json | undefined;
}

function toMethod(httpMethod: string, resourcePath: string, op: JsonObject, shared: Json, d: Defaults): Method {
  const integration = op['x-amazon-apigateway-integration'];
  if (!isObject(integration)) throw new DocumentError(`${httpMethod} ${resourcePath} has no integration`);
  const validatorName = op['x-amazon-apigateway-request-validator'] ?? d.validator;
  let validator: Validator | undefined;
  if (typeof validatorName === 'string') {
    const found = d.validators[validatorName];
    if (!isObject(found)) throw new DocumentError(`Unknown request validator ${validatorName}`);
    validator = {
      validateRequestBody: found.validateRequestBody === true,
      validateRequestParameters: found.validateRequestParameters === true,
    };
  }
  const byName = new Map<string, Parameter>();
  for (const p of [...toParameters(shared), ...toParameters(op.parameters)]) byName.set(`${p.in}:${p.name}`, p);
  const body = isObject(op.requestBody) && isObject(op.requestBody.content) ? op.requestBody.content : {};
  const responses = isObject(op.responses) ? op.responses : {};
  const { authorizer, apiKeyRequired } = toMethodSecurity(op.security, d.schemes);
  return {
    httpMethod,
    resourcePath,
    ...(typeof op.operationId === 'string' ? { operationId: op.operationId } : {}),
    ...(authorizer ? { authorizer } : {}),
    apiKeyRequired,
    ...(validator ? { validator } : {}),
    parameters: [...byName.values()],
    requestModels: Object.fromEntries(
      Object.entries(body).map(([type, media]) => [type, isObject(media) ? (media.schema ?? {}) : {}]),
    ),
    integration,
    responseHeaders: Object.fromEntries(
      Object.entries(responses).map(([status, r]) => [
        status,
        isObject(r) && isObject(r.headers) ? Object.keys(r.headers) : [],
      ]),
    ),
  };
}

/** Checks what the import would refuse: mapped response headers a method response does not declare. */
function checkMockHeaders(method: Method): void {
  const responses = isObject(method.integration.responses) ? method.integration.responses : {};
  for (const response of Object.values(responses)) {
    if (!isObject(response)) continue;
    const declared = method.responseHeaders[String(response.statusCode)] ?? [];
    for (const key of Object.keys(isObject(response.responseParameters) ? response.responseParameters : {})) {
      const name = key.replace(/^method\.response\.header\./, '');
      if (!declared.includes(name)) {
        throw new DocumentError(`${method.httpMethod} ${method.resourcePath} maps header ${name} it does not declare`);
      }
    }
  }
}

export function loadRestApi(doc: JsonObject): RestApi {
  checkApiKeySource(doc);
  const components = isObject(doc.components) ? doc.components : {};
  const defaults: Defaults = {
    schemes: isObject(components.securitySchemes) ? components.securitySchemes : {},
    validators: isObject(doc['x-amazon-apigateway-request-validators'])
      ? doc['x-amazon-apigateway-request-validators']
      : {},
    validator: doc['x-amazon-apigateway-request-validator'],
  };
  const resources: Resource[] = Object.entries(isObject(doc.paths) ? doc.paths : {}).map(([path, item]) => {
    if (!isObject(item)) throw new DocumentError(`Path ${path} is not an object`);
    const methods = new Map<string, Method>();
    for (const key of [...METHODS, ANY]) {
      const op = item[key];
      if (!isObject(op)) continue;
      const httpMethod = key === ANY ? 'ANY' : key.toUpperCase();
      const method = toMethod(httpMethod, path, op, item.parameters ?? [], defaults);
      checkMockHeaders(method);
      methods.set(httpMethod, method);
    }
    return { path, segments: path.split('/').slice(1), methods };
  });
  const responses = isObject(doc['x-amazon-apigateway-gateway-responses'])
    ? doc['x-amazon-apigateway-gateway-responses']
    : {};
  const gatewayResponses = Object.fromEntries(
    Object.entries(responses).map(([type, r]): [string, GatewayResponse] => {
      const def = isObject(r) ? r : {};
      return [
        type,
        {
          ...(def.statusCode !== undefined ? { statusCode: Number(def.statusCode) } : {}),
          responseParameters: (isObject(def.responseParameters) ? def.responseParameters : {}) as Record<
            string,
            string
          >,
          responseTemplates: (isObject(def.responseTemplates) ? def.responseTemplates : {}) as Record<string, string>,
        },
      ];
    }),
  );
  return { resources, gatewayResponses, models: isObject(components.schemas) ? components.schemas : {} };
}

export interface ResourceMatch {
  resource: Resource;
  method: Method;
  /** As API Gateway hands them to a proxy integration: still percent-encoded. */
  pathParameters: Record<string, string>;
}

/** 0 for a literal segment, 1 for `{param}`, 2 for a greedy `{param+}`: lower is more specific. */
const rank = (segment: string) => (!segment.startsWith('{') ? 0 : segment.endsWith('+}') ? 2 : 1);

function matchSegments(segments: string[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string;
    const part = parts[i];
    if (rank(segment) === 2) {
      if (i !== segments.length - 1 || parts.length <= i) return undefined;
      params[segment.slice(1, -2)] = parts.slice(i).join('/');
      return params;
    }
    if (part === undefined) return undefined;
    if (rank(segment) === 0) {
      if (segment !== part) return undefined;
    } else if (part === '') return undefined;
    else params[segment.slice(1, -1)] = part;
  }
  return parts.length === segments.length ? params : undefined;
}

/** Segment by segment, literal before `{param}` before `{param+}`. */
function bySpecificity(a: Resource, b: Resource): number {
  for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
    const diff = rank(a.segments[i] ?? '') - rank(b.segments[i] ?? '');
    if (diff !== 0) return diff;
  }
  return 0;
}

interface RouteTable {
  /** Every resource, most specific first: the order candidates are tried in. */
  ordered: Resource[];
  /** Resources without parameters, by path: a request for one needs no template matching. */
  literal: Map<string, Resource>;
}

/** Built once per document, on its first request. */
const routeTables = new WeakMap<RestApi, RouteTable>();

function routeTableOf(api: RestApi): RouteTable {
  let table = routeTables.get(api);
  if (!table) {
    table = {
      // Array.prototype.sort is stable: resources of equal rank keep the document's order.
      ordered: [...api.resources].sort(bySpecificity),
      literal: new Map(api.resources.filter((r) => r.segments.every((s) => rank(s) === 0)).map((r) => [r.path, r])),
    };
    routeTables.set(api, table);
  }
  return table;
}

/**
 * The method a request reaches: among the resources whose template matches the path,
 * the most specific one that has the method (or ANY). A specific resource wins only for
 * the methods it defines; others fall through to a more generic one.
 */
export function matchRoute(api: RestApi, path: string, httpMethod: string): ResourceMatch | undefined {
  const table = routeTableOf(api);
  const verb = httpMethod.toUpperCase();
  // A literal resource is more specific than any template that matches the same path.
  const exact = table.literal.get(path);
  const exactMethod = exact && (exact.methods.get(verb) ?? exact.methods.get('ANY'));
  if (exact && exactMethod) return { resource: exact, method: exactMethod, pathParameters: {} };
  const parts = path === '/' ? [''] : path.split('/').slice(1);
  for (const resource of table.ordered) {
    const params = matchSegments(resource.segments, parts);
    if (params === undefined) continue;
    const method = resource.methods.get(verb) ?? resource.methods.get('ANY');
    if (method) return { resource, method, pathParameters: params };
  }
  return undefined;
}
