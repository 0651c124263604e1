// What API Gateway answers itself with mock integrations (never reaching the function):
// CORS preflights, with the headers the function sends (src/http/cors.ts), and methods a
// path does not list, with a 405 problem and `Allow`.
import { CORS_ALLOW_HEADERS, CORS_EXPOSE_HEADERS, CORS_MAX_AGE_SECONDS } from '../../src/http/cors.js';
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

/** VTL true when the request's Origin (set by echoAllowedOrigin) is one of `allowedOrigins`. */
const isAllowed = (allowedOrigins: readonly string[]) => allowedOrigins.map((o) => `$origin == "${o}"`).join(' || ');

/**
 * VTL setting `$variable` to the request header `name`, sent as `Name` (HTTP/1.1 browsers) or
 * `name` (HTTP/2 sends only lower-case names), else to "". AWS documents neither whether
 * `$input.params().header.get()` ignores case (its known issues say Lambda and HTTP
 * integrations process header names case-sensitively) nor what it returns for a missing header
 * (a Java Map's get gives null, and Velocity's `#set` to null leaves the variable as it was). So
 * each spelling is read into a fresh string (`"$!{…}"` is "" for null, never null) and tested
 * against "": right whichever way AWS answers (test/infra/mockOperations.test.ts).
 */
function readHeader(variable: string, name: string): string {
  const read = (spelling: string) => `#set($${variable} = "$!{input.params().header.get('${spelling}')}")`;
  return `${read(name)}\n#if($${variable} == "")${read(name.toLowerCase())}#end`;
}

/**
 * Echoes the request's Origin when it is allowed, as CDK's own CORS support does:
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-override-request-response-parameters.html
 */
function echoAllowedOrigin(allowedOrigins: readonly string[]): string {
  return [
    readHeader('origin', 'Origin'),
    `#if(${isAllowed(allowedOrigins)})#set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)#end`,
  ].join('\n');
}

/** Headers on every mock answer, as on every answer of the function (src/http/dispatch.ts). */
const always = {
  Vary: quote('Origin'),
  'X-Content-Type-Options': quote('nosniff'),
  'Cache-Control': quote('no-store'),
};

interface MockMethod {
  summary: string;
  status: number;
  description: string;
  /** Static response headers, values quoted. */
  headers: Record<string, string>;
  /** Headers the template may set through $context.responseOverride. */
  overridden: string[];
  /** The response body template (VTL), if any. */
  template?: string;
}

/** A method answered by a mock integration; every header it may send is declared, as the import requires. */
function mockMethod(m: MockMethod): JsonObject {
  const declared = [...new Set([...Object.keys(m.headers), ...m.overridden])];
  return {
    summary: m.summary,
    security: [],
    responses: {
      [String(m.status)]: {
        description: m.description,
        headers: Object.fromEntries(declared.map((name) => [name, { schema: { type: 'string' } }])),
      },
    },
    'x-amazon-apigateway-integration': {
      type: 'mock',
      requestTemplates: { 'application/json': `{"statusCode": ${m.status}}` },
      passthroughBehavior: 'when_no_match',
      responses: {
        default: {
          statusCode: String(m.status),
          responseParameters: Object.fromEntries(
            Object.entries(m.headers).map(([name, value]) => [`method.response.header.${name}`, value]),
          ),
          ...(m.template === undefined ? {} : { responseTemplates: { 'application/json': m.template } }),
        },
      },
    },
  };
}

/** The `options` method of a path whose operations use `methods` (upper case). */
export function preflightOperation(methods: readonly string[], allowedOrigins: readonly string[]): JsonObject {
  const fixedOrigin = staticAllowOrigin(allowedOrigins);
  const cors: Record<string, string> =
    allowedOrigins.length === 0
      ? {}
      : {
          'Access-Control-Allow-Methods': quote([...methods, 'OPTIONS'].join(', ')),
          'Access-Control-Allow-Headers': quote(CORS_ALLOW_HEADERS),
          'Access-Control-Max-Age': quote(String(CORS_MAX_AGE_SECONDS)),
          'Access-Control-Expose-Headers': quote(CORS_EXPOSE_HEADERS),
          ...(fixedOrigin ? { 'Access-Control-Allow-Origin': quote(fixedOrigin) } : {}),
        };
  const echoes = allowedOrigins.length > 0 && !fixedOrigin;
  return mockMethod({
    summary: 'CORS preflight, answered by API Gateway',
    status: 204,
    description: 'The methods and headers browsers may use from the allowed origins.',
    headers: { ...cors, ...always },
    overridden: allowedOrigins.length > 0 ? ['Access-Control-Allow-Origin'] : [],
    ...(echoes ? { template: echoAllowedOrigin(allowedOrigins) } : {}),
  });
}

const PROBLEM_405 = JSON.stringify({
  type: 'urn:problem:method-not-allowed',
  title: 'Method Not Allowed',
  status: 405,
}).slice(0, -1);

/**
 * The ANY method of a path whose operations use `methods`: a 405 problem with `Allow`,
 * shaped as the function's own 405 (src/http/problems.ts), readable by the allowed origins.
 * X-Correlation-Id is the caller's, else API Gateway's request id; the body's
 * correlationId is the request id, as in gateway responses.
 */
export function methodNotAllowedOperation(methods: readonly string[], allowedOrigins: readonly string[]): JsonObject {
  const allow = methods.join(', ');
  const fixedOrigin = staticAllowOrigin(allowedOrigins);
  const echoes = allowedOrigins.length > 0 && !fixedOrigin;
  const template = [
    readHeader('cid', 'X-Correlation-Id'),
    '#if($cid == "")#set($cid = $context.requestId)#end',
    '#set($context.responseOverride.header.X-Correlation-Id = $cid)',
    ...(echoes
      ? [
          echoAllowedOrigin(allowedOrigins),
          `#if(${isAllowed(allowedOrigins)})` +
            `#set($context.responseOverride.header.Access-Control-Expose-Headers = "${CORS_EXPOSE_HEADERS}")#end`,
        ]
      : []),
    `${PROBLEM_405},"detail":"$context.resourcePath does not support $context.httpMethod; it supports ${allow}.",` +
      '"instance":"$context.resourcePath","correlationId":"$context.requestId"}',
  ].join('\n');
  return mockMethod({
    summary: 'Any other method: API Gateway answers 405 with Allow',
    status: 405,
    description: 'The path does not support the method.',
    headers: {
      Allow: quote(allow),
      'Content-Type': quote('application/problem+json'),
      ...always,
      ...(fixedOrigin
        ? {
            'Access-Control-Allow-Origin': quote(fixedOrigin),
            'Access-Control-Expose-Headers': quote(CORS_EXPOSE_HEADERS),
          }
        : {}),
    },
    overridden: ['X-Correlation-Id', 'Access-Control-Allow-Origin', 'Access-Control-Expose-Headers'],
    template,
  });
}
