// What API Gateway answers itself with mock integrations (never reaching the function):
// CORS preflights, with the headers the function sends (src/cors.ts), and methods a
// path does not list, with a 405 problem and `Allow`.
import { CORS_ALLOW_HEADERS, CORS_EXPOSE_HEADERS, CORS_MAX_AGE_SECONDS } from '../../src/cors.js';
import type { JsonObject } from './models.js';

export { CORS_EXPOSE_HEADERS };

/**
 * The fixed Access-Control-Allow-Origin value for `allowedOrigins`, or undefined when it
 * depends on the request (a list: only a mapping template can echo an allowed origin).
 */
export function staticAllowOrigin(allowedOrigins: readonly string[]): string | undefined {
  if (allowedOrigins.includes('*')) return '*';
  return allowedOrigins.length === 1 ? allowedOrigins[0] : undefined;
}

const quote = (value: string) => `'${value}'`;
const headerSchema = { schema: { type: 'string' } };

/**
 * Echoes the request's Origin when it is allowed, as CDK's own CORS support does:
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-override-request-response-parameters.html
 */
function echoAllowedOrigin(allowedOrigins: readonly string[]): string {
  const allowed = allowedOrigins.map((o) => `$origin == "${o}"`).join(' || ');
  return [
    '#set($origin = $input.params().header.get("Origin"))',
    '#if($origin == "")#set($origin = $input.params().header.get("origin"))#end',
    `#if(${allowed})#set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)#end`,
  ].join('\n');
}

/** Headers on every mock answer, as on every answer of the function (src/api.ts). */
const always = {
  Vary: quote('Origin'),
  'X-Content-Type-Options': quote('nosniff'),
  'Cache-Control': quote('no-store'),
};

/** The `options` method of a path whose operations use `methods` (upper case). */
export function preflightOperation(methods: readonly string[], allowedOrigins: readonly string[]): JsonObject {
  const fixedOrigin = staticAllowOrigin(allowedOrigins);
  const headers: Record<string, string> =
    allowedOrigins.length === 0
      ? {}
      : {
          'Access-Control-Allow-Methods': quote([...methods, 'OPTIONS'].join(', ')),
          'Access-Control-Allow-Headers': quote(CORS_ALLOW_HEADERS),
          'Access-Control-Max-Age': quote(String(CORS_MAX_AGE_SECONDS)),
          'Access-Control-Expose-Headers': quote(CORS_EXPOSE_HEADERS),
          ...(fixedOrigin ? { 'Access-Control-Allow-Origin': quote(fixedOrigin) } : {}),
        };
  const declared = [
    ...Object.keys(headers),
    ...Object.keys(always),
    ...(allowedOrigins.length > 0 ? ['Access-Control-Allow-Origin'] : []),
  ];
  return {
    summary: 'CORS preflight, answered by API Gateway',
    security: [],
    responses: {
      '204': {
        description: 'The methods and headers browsers may use from the allowed origins.',
        headers: Object.fromEntries([...new Set(declared)].map((name) => [name, headerSchema])),
      },
    },
    'x-amazon-apigateway-integration': {
      type: 'mock',
      requestTemplates: { 'application/json': '{"statusCode": 204}' },
      passthroughBehavior: 'when_no_match',
      responses: {
        default: {
          statusCode: '204',
          responseParameters: Object.fromEntries(
            Object.entries({ ...headers, ...always }).map(([name, value]) => [`method.response.header.${name}`, value]),
          ),
          ...(fixedOrigin || allowedOrigins.length === 0
            ? {}
            : { responseTemplates: { 'application/json': echoAllowedOrigin(allowedOrigins) } }),
        },
      },
    },
  };
}

const PROBLEM_405 = JSON.stringify({
  type: 'urn:problem:method-not-allowed',
  title: 'Method Not Allowed',
  status: 405,
}).slice(0, -1);

/**
 * The ANY method of a path whose operations use `methods`: a 405 problem with `Allow`,
 * shaped as the function's own 405 (src/errors.ts), readable by the allowed origins.
 * X-Correlation-Id is the caller's, else API Gateway's request id; the body's
 * correlationId is the request id, as in gateway responses.
 */
export function methodNotAllowedOperation(methods: readonly string[], allowedOrigins: readonly string[]): JsonObject {
  const allow = methods.join(', ');
  const fixedOrigin = staticAllowOrigin(allowedOrigins);
  const headers: Record<string, string> = {
    Allow: quote(allow),
    'Content-Type': quote('application/problem+json'),
    ...always,
    ...(fixedOrigin
      ? {
          'Access-Control-Allow-Origin': quote(fixedOrigin),
          'Access-Control-Expose-Headers': quote(CORS_EXPOSE_HEADERS),
        }
      : {}),
  };
  const overrides = [
    '#set($cid = $input.params().header.get("X-Correlation-Id"))',
    '#if("$!cid" == "")#set($cid = $context.requestId)#end',
    '#set($context.responseOverride.header.X-Correlation-Id = $cid)',
    ...(fixedOrigin || allowedOrigins.length === 0
      ? []
      : [
          echoAllowedOrigin(allowedOrigins),
          `#if(${allowedOrigins.map((o) => `$origin == "${o}"`).join(' || ')})` +
            `#set($context.responseOverride.header.Access-Control-Expose-Headers = "${CORS_EXPOSE_HEADERS}")#end`,
        ]),
  ];
  const detail = `$context.resourcePath does not support $context.httpMethod; it supports ${allow}.`;
  const body = `${PROBLEM_405},"detail":"${detail}","instance":"$context.resourcePath","correlationId":"$context.requestId"}`;
  const declared = [
    ...Object.keys(headers),
    'X-Correlation-Id',
    'Access-Control-Allow-Origin',
    'Access-Control-Expose-Headers',
  ];
  return {
    summary: 'Any other method: API Gateway answers 405 with Allow',
    security: [],
    responses: {
      '405': {
        description: 'The path does not support the method.',
        headers: Object.fromEntries([...new Set(declared)].map((name) => [name, headerSchema])),
      },
    },
    'x-amazon-apigateway-integration': {
      type: 'mock',
      requestTemplates: { 'application/json': '{"statusCode": 405}' },
      passthroughBehavior: 'when_no_match',
      responses: {
        default: {
          statusCode: '405',
          responseParameters: Object.fromEntries(
            Object.entries(headers).map(([name, value]) => [`method.response.header.${name}`, value]),
          ),
          responseTemplates: { 'application/json': `${overrides.join('\n')}\n${body}` },
        },
      },
    },
  };
}
