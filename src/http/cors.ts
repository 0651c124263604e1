// CORS for browsers calling the API from the allowed origins. The Lambda adds
// these headers to its responses; API Gateway (and the local gateway, from the same
// document) answers preflights and its own errors (infra/spec/mockOperations.ts).
import { operations } from '../../generated/operations.js';

const declaredHeaders = [
  ...new Set(
    Object.values(operations).flatMap((op) => (op.headerParams as readonly string[]).map((h) => h.toLowerCase())),
  ),
];
/** Request headers a browser may send: the spec's header parameters and the ones every call may carry. */
export const CORS_ALLOW_HEADERS = ['authorization', 'content-type', 'x-correlation-id', ...declaredHeaders].join(', ');
/** Response headers scripts may read. */
export const CORS_EXPOSE_HEADERS = 'etag, location, retry-after, www-authenticate, x-correlation-id';
export const CORS_MAX_AGE_SECONDS = 600;

/** `*` allows any origin (credentials are bearer tokens, never cookies, so no Allow-Credentials is sent). */
export function corsHeaders(origin: string | undefined, allowedOrigins: readonly string[]): Record<string, string> {
  if (allowedOrigins.length === 0) return {};
  const anyOrigin = allowedOrigins.includes('*');
  if (!origin || (!anyOrigin && !allowedOrigins.includes(origin))) return { vary: 'Origin' };
  return {
    'access-control-allow-origin': anyOrigin ? '*' : origin,
    'access-control-expose-headers': CORS_EXPOSE_HEADERS,
    vary: 'Origin',
  };
}

/** Whether every entry is `*` or an origin (`scheme://host[:port]`, nothing else). */
export function isOriginList(origins: readonly string[]): boolean {
  return origins.every((o) => o === '*' || (URL.canParse(o) && new URL(o).origin === o));
}
