// Errors that API Gateway answers itself (validation, throttling, unknown paths) as
// RFC 9457 problems, so a client sees one error format whether or not the function ran.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
import { FIREWALL_PROBLEM_TYPE } from '../firewall.js';
import { CORS_EXPOSE_HEADERS, staticAllowOrigin } from './mockOperations.js';

interface ProblemKind {
  readonly status: number;
  readonly type: string;
  readonly title: string;
}

const validationFailed = { status: 400, type: 'urn:problem:validation-failed', title: 'Validation Failed' };
const forbidden = { status: 403, type: 'urn:problem:forbidden', title: 'Forbidden' };
const unauthorized = { status: 401, type: 'urn:problem:unauthorized', title: 'Unauthorized' };
const notFound = { status: 404, type: 'urn:problem:not-found', title: 'Not Found' };
const tooManyRequests = { status: 429, type: 'urn:problem:too-many-requests', title: 'Too Many Requests' };
const internal = { status: 500, type: 'urn:problem:internal', title: 'Internal Server Error' };
/**
 * A block by a managed rule that webFirewall.ts has not overridden (one AWS adds to a group
 * later) reaches the client as WAF_FILTERED: it gets the firewall's own problem type, as the
 * overridden rules' custom responses do, so a client and verify still tell it from the function.
 */
const firewallBlocked = { status: 403, type: FIREWALL_PROBLEM_TYPE.blocked, title: 'Forbidden' };
const gatewayTimeout = { status: 504, type: 'urn:problem:gateway-timeout', title: 'Gateway Timeout' };

/**
 * Every gateway response type that may be customized, with the status API Gateway gives
 * it, except MISSING_AUTHENTICATION_TOKEN: API Gateway answers an unknown path with it
 * (403; every known path has an ANY method), which the spec answers with 404.
 * REQUEST_TOO_LARGE is left out: AWS does not support customizing it (known issues).
 */
export const gatewayProblems: Readonly<Record<string, ProblemKind>> = {
  DEFAULT_4XX: { status: 400, type: 'urn:problem:bad-request', title: 'Bad Request' },
  DEFAULT_5XX: internal,
  BAD_REQUEST_BODY: validationFailed,
  BAD_REQUEST_PARAMETERS: validationFailed,
  MISSING_AUTHENTICATION_TOKEN: notFound,
  RESOURCE_NOT_FOUND: notFound,
  UNSUPPORTED_MEDIA_TYPE: { status: 415, type: 'urn:problem:unsupported-media-type', title: 'Unsupported Media Type' },
  THROTTLED: tooManyRequests,
  QUOTA_EXCEEDED: tooManyRequests,
  UNAUTHORIZED: unauthorized,
  EXPIRED_TOKEN: unauthorized,
  ACCESS_DENIED: forbidden,
  INVALID_API_KEY: forbidden,
  INVALID_SIGNATURE: forbidden,
  WAF_FILTERED: firewallBlocked,
  API_CONFIGURATION_ERROR: internal,
  AUTHORIZER_CONFIGURATION_ERROR: internal,
  AUTHORIZER_FAILURE: internal,
  INTEGRATION_FAILURE: { status: 502, type: 'urn:problem:bad-gateway', title: 'Bad Gateway' },
  INTEGRATION_TIMEOUT: gatewayTimeout,
};

/**
 * The body template. Gateway response templates are not run through VTL, but
 * `$context` variables are substituted: `$context.error.messageString` arrives
 * quoted and escaped, so it is a JSON string as it stands.
 * `correlationId` is the API Gateway request id (also in the `x-amzn-RequestId`
 * header and the access log); the function uses the same id when the caller sends none.
 */
function problemTemplate(kind: ProblemKind, detail = '$context.error.messageString'): string {
  const head = JSON.stringify({ type: kind.type, title: kind.title, status: kind.status }).slice(0, -1);
  return `${head},"detail":${detail},"correlationId":"$context.requestId"}`;
}

/** Its default message ("Missing Authentication Token") misleads for a path that does not exist. */
const fixedDetails: Readonly<Record<string, string>> = {
  MISSING_AUTHENTICATION_TOKEN: JSON.stringify('No resource matches the path.'),
};

/**
 * Access-Control-Allow-Origin of gateway responses. A gateway response cannot choose
 * among several allowed origins (its templates are not VTL), so with a list it echoes
 * the request's Origin: these answers hold no caller data (a fixed message and the
 * request id), credentials are bearer tokens that browsers never attach on their own,
 * and Access-Control-Allow-Credentials is never sent. Without an Origin header the
 * mapping yields no header. See docs/architecture.md, "CORS".
 * A mapping takes one source, so an HTTP/2 request's `origin` cannot be tried after `Origin`
 * as the mock templates do (mockOperations.ts); whether `method.request.header.Origin` matches
 * it is not documented (the known issues say header names are case-sensitive for Lambda and
 * HTTP integrations). The local gateway matches any case; verify's fidelity table, whose
 * requests fetch sends with lower-case names, compares the two (docs/deploy.md, first deploy).
 */
function allowOrigin(allowedOrigins: readonly string[]): string | undefined {
  if (allowedOrigins.length === 0) return undefined;
  const origin = staticAllowOrigin(allowedOrigins);
  return origin ? `'${origin}'` : 'method.request.header.Origin';
}

/** The `x-amazon-apigateway-gateway-responses` extension. */
export function gatewayResponses(allowedOrigins: readonly string[]): Record<string, Record<string, unknown>> {
  const origin = allowOrigin(allowedOrigins);
  const headers: Record<string, string> = {
    'gatewayresponse.header.Content-Type': "'application/problem+json'",
    ...(origin
      ? {
          'gatewayresponse.header.Access-Control-Allow-Origin': origin,
          'gatewayresponse.header.Access-Control-Expose-Headers': `'${CORS_EXPOSE_HEADERS}'`,
          'gatewayresponse.header.Vary': "'Origin'",
        }
      : {}),
    // Echo the caller's id (a request header is the only dynamic source a gateway response header takes).
    'gatewayresponse.header.X-Correlation-Id': 'method.request.header.X-Correlation-Id',
    // As on every response of the function (src/http/dispatch.ts).
    'gatewayresponse.header.X-Content-Type-Options': "'nosniff'",
    'gatewayresponse.header.Cache-Control': "'no-store'",
  };
  const extra: Record<string, Record<string, string>> = {
    THROTTLED: { 'gatewayresponse.header.Retry-After': "'1'" },
    UNAUTHORIZED: { 'gatewayresponse.header.WWW-Authenticate': "'Bearer'" },
    EXPIRED_TOKEN: { 'gatewayresponse.header.WWW-Authenticate': `'Bearer error="invalid_token"'` },
  };
  return Object.fromEntries(
    Object.entries(gatewayProblems).map(([responseType, kind]) => [
      responseType,
      {
        statusCode: String(kind.status),
        responseParameters: { ...headers, ...extra[responseType] },
        responseTemplates: { 'application/json': problemTemplate(kind, fixedDetails[responseType]) },
      },
    ]),
  );
}
