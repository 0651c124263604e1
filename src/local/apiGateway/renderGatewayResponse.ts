// Gateway responses: what API Gateway answers itself (no route, authorizer refusal,
// validation failure, throttling), rendered from the document's own templates.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
import type { RestApi } from './document.js';
import type { HttpResponse, RequestContext } from './http.js';

/** The status of each response type when the document gives none (AWS's table). */
export const defaultStatus: Readonly<Record<string, number>> = {
  ACCESS_DENIED: 403,
  API_CONFIGURATION_ERROR: 500,
  AUTHORIZER_CONFIGURATION_ERROR: 500,
  AUTHORIZER_FAILURE: 500,
  BAD_REQUEST_PARAMETERS: 400,
  BAD_REQUEST_BODY: 400,
  EXPIRED_TOKEN: 403,
  INTEGRATION_FAILURE: 504,
  INTEGRATION_TIMEOUT: 504,
  INVALID_API_KEY: 403,
  INVALID_SIGNATURE: 403,
  MISSING_AUTHENTICATION_TOKEN: 403,
  QUOTA_EXCEEDED: 429,
  REQUEST_TOO_LARGE: 413,
  RESOURCE_NOT_FOUND: 404,
  THROTTLED: 429,
  UNAUTHORIZED: 401,
  UNSUPPORTED_MEDIA_TYPE: 415,
  WAF_FILTERED: 403,
};

/** The template API Gateway uses when neither the type nor its DEFAULT_4XX/5XX has one. */
export const DEFAULT_TEMPLATE = '{"message":$context.error.messageString}';

export interface GatewayError {
  responseType: string;
  /** `$context.error.message`. */
  message: string;
  /** `$context.error.validationErrorString`, for validation failures. */
  validationErrorString?: string;
}

/**
 * `$context` variables as a gateway response template gets them: plain substitution,
 * not VTL. `messageString` is the message quoted as a JSON string.
 */
function contextVariables(error: GatewayError, ctx: RequestContext): Record<string, string> {
  return {
    'error.messageString': JSON.stringify(error.message),
    'error.message': error.message,
    'error.responseType': error.responseType,
    'error.validationErrorString': error.validationErrorString ?? '',
    requestId: ctx.requestId,
    extendedRequestId: ctx.requestId,
    httpMethod: ctx.httpMethod,
    path: ctx.path,
    resourcePath: ctx.resourcePath ?? '',
    stage: ctx.stage,
    'identity.sourceIp': ctx.sourceIp,
  };
}

export function substituteContext(template: string, variables: Record<string, string>): string {
  // Longest names first, so `error.messageString` is not read as `error.message` + "String".
  return template.replace(/\$context\.([A-Za-z0-9_.]+)/g, (whole, name: string) => {
    for (let end = name.length; end > 0; end--) {
      const value = variables[name.slice(0, end)];
      if (value !== undefined) return value + name.slice(end);
    }
    return whole;
  });
}

/** A response parameter's value: a quoted literal or a request parameter; undefined when it has none. */
function mappedValue(source: string, ctx: RequestContext): string | undefined {
  if (source.startsWith("'") && source.endsWith("'")) return source.slice(1, -1);
  const match = /^method\.request\.(header|querystring|path)\.(.+)$/.exec(source);
  if (!match) return undefined;
  const [, where, name] = match as unknown as [string, string, string];
  if (where === 'header') return ctx.header(name);
  return (where === 'querystring' ? ctx.query : ctx.pathParameters)[name];
}

export function renderGatewayResponse(api: RestApi, error: GatewayError, ctx: RequestContext): HttpResponse {
  const status = defaultStatus[error.responseType] ?? 500;
  const own = api.gatewayResponses[error.responseType];
  // A type the document leaves out takes DEFAULT_4XX or DEFAULT_5XX's headers and template.
  const fallback = api.gatewayResponses[status >= 500 ? 'DEFAULT_5XX' : 'DEFAULT_4XX'];
  const def = own ?? fallback;
  const headers: Record<string, string> = {};
  for (const [key, source] of Object.entries(def?.responseParameters ?? {})) {
    const name = key.replace(/^gatewayresponse\.header\./, '');
    const value = mappedValue(source, ctx);
    if (value !== undefined) headers[name] = value;
  }
  if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
    headers['Content-Type'] = 'application/json';
  const template = def?.responseTemplates['application/json'] ?? DEFAULT_TEMPLATE;
  return {
    statusCode: own?.statusCode ?? status,
    headers,
    body: substituteContext(template, contextVariables(error, ctx)),
  };
}
