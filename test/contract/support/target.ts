// What the contract suite runs against: the local gateway it starts itself, the
// Prism mock, or a deployed API (API_BASE_URL). Each case list is built per target.
import { createUsersClient, type UsersClient } from '../../../src/client/index.js';
import type { Exchange } from './conformance.js';

export type TargetKind = 'gateway' | 'mock' | 'deployed';

export interface Target {
  kind: TargetKind;
  baseUrl: string;
  /** Sent as a bearer token on every request when set (API_TOKEN). */
  token?: string;
  /** A token without the admins group, for the 403 cases (API_USER_TOKEN). */
  userToken?: string;
  /** Sent as x-api-key on every request when set: a stage deployed with `-c apiKeys=on` (API_KEY). */
  apiKey?: string;
  /** The service keeps what it is sent (a created user can be read back); the mock does not. */
  stateful: boolean;
  /** The mock answers with the spec's examples; `Prefer: code=` picks the status. */
  servesExamples: boolean;
  /** `?cursor=` is an empty cursor, not an absent one (Prism reads it as absent). */
  emptyQueryValues: boolean;
  /**
   * Every 400 lists the failing field in `errors`: true wherever the function answers
   * (API Gateway declares no validator, docs/architecture.md); the mock serves examples.
   */
  alwaysListsFieldErrors: boolean;
  /** A local gateway of the same API whose stage throttle lets one request per method through. */
  throttled?: Endpoint;
  /** A local gateway of the same API whose DynamoDB is unreachable. */
  degraded?: Endpoint;
}

export interface Endpoint {
  baseUrl: string;
  token: string;
}

export interface TargetInfo {
  kind: TargetKind;
  baseUrl: string;
  token?: string;
  userToken?: string;
  apiKey?: string;
  throttled?: Endpoint;
  degraded?: Endpoint;
}

export function toTarget(info: TargetInfo): Target {
  const mock = info.kind === 'mock';
  return {
    ...info,
    stateful: !mock,
    servesExamples: mock,
    emptyQueryValues: !mock,
    alwaysListsFieldErrors: !mock,
  };
}

export function clientFor(target: Target): UsersClient {
  return createUsersClient(target.baseUrl, {
    ...(target.token ? { token: target.token } : {}),
    ...(target.apiKey ? { headers: { 'x-api-key': target.apiKey } } : {}),
  });
}

/** Reads a response into an Exchange: JSON when it parses, the text otherwise, undefined when empty. */
export async function toExchange(response: Response): Promise<Exchange> {
  const text = await response.text();
  let body: unknown = text.length === 0 ? undefined : text;
  if (text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: the conformance check reports it against the documented media type
    }
  }
  return { status: response.status, headers: response.headers, body };
}

/** The exchange of an openapi-fetch call: its parsed data or error, and the response's status and headers. */
export function exchangeOf(result: { data?: unknown; error?: unknown; response: Response }): Exchange {
  return { status: result.response.status, headers: result.response.headers, body: result.data ?? result.error };
}

export interface RawRequest {
  method: string;
  /** Path and query, already encoded. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Credentials {
  /** Send no Authorization header at all. */
  anonymous?: boolean;
  /** Send this bearer token instead of the target's. */
  token?: string;
}

/** A request outside the typed client (malformed bodies, wrong media types, other credentials). */
export async function send(target: Target, request: RawRequest, credentials: Credentials = {}): Promise<Exchange> {
  const headers: Record<string, string> = { ...request.headers };
  if (target.apiKey) headers['x-api-key'] = target.apiKey;
  const token = credentials.token ?? target.token;
  if (token && !credentials.anonymous) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${target.baseUrl.replace(/\/+$/, '')}${request.path}`, {
    method: request.method,
    headers,
    ...(request.body === undefined ? {} : { body: request.body }),
  });
  return toExchange(response);
}
