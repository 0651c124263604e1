// The typed client for frontends and tests: openapi-fetch over the `paths` types
// generated from openapi.yaml, so a spec change that breaks a caller breaks its build.
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from '../../generated/types.js';

export type { paths } from '../../generated/types.js';
export type User = components['schemas']['User'];
export type UserInput = components['schemas']['UserInput'];
export type UserList = components['schemas']['UserList'];
export type Item = components['schemas']['Item'];
export type ItemInput = components['schemas']['ItemInput'];
export type ItemList = components['schemas']['ItemList'];
export type Health = components['schemas']['Health'];
export type Problem = components['schemas']['Problem'];
export type UsersClient = Client<paths>;

/** A bearer token, or a function that returns the current one (called for every request). */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

export interface UsersClientOptions {
  /** The fetch to use (tests, server-side rendering, retries); `globalThis.fetch` by default. */
  fetch?: (request: Request) => Promise<Response>;
  /** Sent as `Authorization: Bearer <token>` when set. */
  token?: TokenSource;
  /** Headers sent with every request, e.g. a fixed `X-Correlation-Id`. */
  headers?: Record<string, string>;
}

function bearer(token: TokenSource): Middleware {
  return {
    async onRequest({ request }) {
      const value = typeof token === 'string' ? token : await token();
      if (value) request.headers.set('authorization', `Bearer ${value}`);
      return request;
    },
  };
}

/**
 * A client for the Users API at `baseUrl` (e.g. `http://127.0.0.1:3000`). Every call
 * resolves to `{ data, error, response }`: `data` on 2xx, `error` (a `Problem`) otherwise.
 */
export function createUsersClient(baseUrl: string, options: UsersClientOptions = {}): UsersClient {
  const client = createClient<paths>({
    baseUrl: baseUrl.replace(/\/+$/, ''),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  if (options.token !== undefined) client.use(bearer(options.token));
  return client;
}
