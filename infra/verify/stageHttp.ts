// Requests to a stage (or a local gateway), one at a time with a timeout. On the stage it
// records what each POST created (for cleanup) and which function version answered; on a
// stage that requires API keys it sends the run's key on every request; under a WAF rate
// rule each request waits its turn (pacing.ts).
import type { Ledger } from './ledger.js';
import type { Pacer } from './pacing.js';

/** The header that names the Lambda version behind an answer, when the function sends it. */
export const FUNCTION_VERSION_HEADER = 'x-function-version';
const TIMEOUT_MS = 30_000;

export interface HttpRequest {
  method: string;
  /** Path and query, encoded, starting with `/`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Send no x-api-key even when the client has one (the check that a stage with keys refuses). */
  withoutApiKey?: boolean;
}

/** The header API Gateway reads API keys from (the stage's apiKeySource is HEADER). */
export const API_KEY_HEADER = 'x-api-key';

export interface HttpReply {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined. */
  json: unknown;
}

export type Send = (req: HttpRequest) => Promise<HttpReply>;

export interface HttpOptions {
  fetch?: typeof fetch | undefined;
  /** Aborts requests in flight (an interrupted run). */
  signal?: AbortSignal | undefined;
  /** Where creations and function versions are recorded. */
  ledger?: Ledger | undefined;
  /** Sent as x-api-key on every request (unless the request says withoutApiKey). */
  apiKey?: string | undefined;
  /** Spaces the requests under the stage's WAF rate rule. */
  pacer?: Pacer | undefined;
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

export function httpClient(baseUrl: string, options: HttpOptions = {}): Send {
  const base = baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  return async (req) => {
    const timeout = AbortSignal.timeout(TIMEOUT_MS);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    const headers = { ...req.headers };
    if (options.apiKey !== undefined && !req.withoutApiKey) headers[API_KEY_HEADER] = options.apiKey;
    await options.pacer?.turn(options.signal);
    const response = await doFetch(`${base}${req.path}`, {
      method: req.method,
      headers,
      ...(req.body === undefined ? {} : { body: req.body }),
      signal,
    });
    const text = await response.text();
    const reply: HttpReply = { status: response.status, headers: response.headers, text, json: parse(text) };
    const version = response.headers.get(FUNCTION_VERSION_HEADER);
    if (version) options.ledger?.versions.add(version);
    if (req.method === 'POST' && response.status === 201) {
      const authorization = Object.entries(headers).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
      options.ledger?.recordCreated(authorization, reply.json);
    }
    return reply;
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A JSON request with a bearer token. */
export function jsonRequest(method: string, path: string, token: string, body: unknown, headers = {}): HttpRequest {
  return {
    method,
    path,
    headers: { ...bearer(token), 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  };
}
