// CORS at API Gateway: preflight requests are answered by a mock integration (never
// reaching the function), with the same headers the local gateway sends (src/cors.ts).
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
  // Sent whatever the origin, as the local gateway does.
  const always = {
    Vary: quote('Origin'),
    'X-Content-Type-Options': quote('nosniff'),
    'Cache-Control': quote('no-store'),
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
