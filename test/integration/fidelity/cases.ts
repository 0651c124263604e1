// The fidelity table: requests whose answers must be the same wherever the imported
// document is enforced: a valid call of every operation (the spec's examples and the
// operation's scenarios, src/handlers/<operationId>.scenarios.ts), then the edge cases. The fidelity suite checks the local gateway against the oracle
// with them; `npm run verify` replays them against a deployed stage and a local gateway.
import { randomUUID } from 'node:crypto';
import { type OperationId, operations } from '../../../generated/operations.js';
import { loadScenarios, operationIds } from '../../../src/scenarios/load.js';
import { requestFor } from '../../../src/scenarios/requests.js';
import type { Api, ApiRequest, Scenarios } from '../../../src/scenarios/scenario.js';
import type { OracleRequest, TokenKind } from './oracle.js';

export interface FidelityReply {
  status: number;
  headers: Headers;
  text: string;
}

/** Where the cases run: how to send, which tokens it has, which origins it allows. */
export interface FidelityTarget {
  /** Sends the request as it is (with whatever Authorization it carries). */
  send(req: OracleRequest): Promise<FidelityReply>;
  /** The tokens this target can present; a case needing one it lacks is not run there. */
  tokens: Partial<Record<Exclude<TokenKind, 'none'>, string>>;
  /** A unique, valid email for one case. */
  email(tag: string): string;
  /** An origin the target allows, and one it refuses (when it allows any, also allowed). */
  allowedOrigin: string;
  refusedOrigin: string;
}

export interface FidelityCase {
  behaviour: string;
  /** The token the request carries (default `valid`). */
  token: TokenKind;
  /** The request; for one that writes, also a twin: the same request on twin data. */
  make(target: FidelityTarget): Promise<{ req: OracleRequest; twin?: OracleRequest }>;
}

export const json = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) => ({
  method,
  path,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export const plain = (method: string, path: string, headers: Record<string, string> = {}): OracleRequest => ({
  method,
  path,
  headers,
});

/** The request with the target's token of that kind as a bearer token (none: unchanged). */
export function withToken(target: FidelityTarget, req: OracleRequest, token: TokenKind): OracleRequest {
  if (token === 'none') return req;
  const value = target.tokens[token];
  if (value === undefined) throw new Error(`the target has no ${token} token`);
  return { ...req, headers: { ...req.headers, authorization: `Bearer ${value}` } };
}

/** The scenarios' view of a target: requests sent with its valid token. */
function apiOf(target: FidelityTarget): Api {
  return {
    async send(request) {
      const reply = await target.send(withToken(target, request, 'valid'));
      return { status: reply.status, headers: Object.fromEntries(reply.headers), body: parsed(reply.text) };
    },
    email: (tag) => target.email(tag),
  };
}

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text || undefined;
  }
};

const asOracle = ({ method, path, headers, body }: ApiRequest): OracleRequest => ({
  method,
  path,
  headers,
  ...(body === undefined ? {} : { body }),
});

/** A valid call of every operation, from the spec's examples and its scenarios; a write gets a twin. */
function operationRows(scenarios: Record<OperationId, Scenarios>): Row[] {
  return operationIds.map((id) => ({
    behaviour: id,
    async make(t) {
      const writes = operations[id].method !== 'get';
      const { success } = scenarios[id];
      const partsAt = success ? await success(apiOf(t), writes ? 2 : 1) : () => ({});
      const req = asOracle(requestFor(id, partsAt(0)));
      return writes ? { req, twin: asOracle(requestFor(id, partsAt(1))) } : { req };
    },
  }));
}

type Row = Omit<FidelityCase, 'token'> & { token?: TokenKind };

/** What no operation's valid call shows: invalid input, tokens, and what API Gateway answers itself. */
const edgeRows: Row[] = [
  // Invalid bodies: the document declares no validator, so the function answers each.
  {
    behaviour: 'a body of the wrong type',
    make: async (t) => ({ req: json('POST', '/users', { name: 5, email: t.email('invalid') }) }),
  },
  { behaviour: 'a body missing a required field', make: async () => ({ req: json('POST', '/users', { name: 'A' }) }) },
  {
    behaviour: 'a body over a length limit',
    make: async (t) => ({ req: json('POST', '/users', { name: 'n'.repeat(101), email: t.email('invalid') }) }),
  },
  {
    behaviour: 'a body with an extra field',
    make: async (t) => ({ req: json('POST', '/users', { name: 'A', email: t.email('invalid'), admin: true }) }),
  },
  {
    behaviour: 'a body breaking a format',
    make: async () => ({ req: json('POST', '/users', { name: 'A', email: 'not-an-email' }) }),
  },
  {
    behaviour: 'a body breaking a pattern',
    make: async (t) => ({ req: json('POST', '/users', { name: '   ', email: t.email('pattern') }) }),
  },
  { behaviour: 'malformed JSON', make: async () => ({ req: { ...json('POST', '/items', {}), body: '{"name":' } }) },
  // Parameters.
  { behaviour: 'a bad query parameter', make: async () => ({ req: plain('GET', '/users?limit=0') }) },
  { behaviour: 'a bad path parameter', make: async () => ({ req: plain('GET', '/users/not-a-uuid') }) },
  {
    behaviour: 'a missing If-Match',
    make: async () => ({ req: json('PUT', `/items/${randomUUID()}`, { name: 'x' }) }),
  },
  // Tokens.
  {
    behaviour: 'no token',
    token: 'none',
    make: async (t) => ({ req: plain('GET', '/users', { origin: t.allowedOrigin }) }),
  },
  { behaviour: 'an expired token', token: 'expired', make: async () => ({ req: plain('GET', '/users') }) },
  {
    behaviour: 'a forged token from a refused origin',
    token: 'forged',
    make: async (t) => ({ req: plain('GET', '/items', { origin: t.refusedOrigin, 'x-correlation-id': 'c-1' }) }),
  },
  // What API Gateway answers itself.
  {
    behaviour: 'an unlisted method',
    make: async (t) => ({ req: plain('PATCH', '/users', { origin: t.allowedOrigin }) }),
  },
  {
    behaviour: 'a preflight from an allowed origin',
    make: async (t) => ({
      req: plain('OPTIONS', '/items/batch', { Origin: t.allowedOrigin, 'Access-Control-Request-Method': 'POST' }),
    }),
  },
  {
    behaviour: 'a preflight from a refused origin',
    make: async (t) => ({ req: plain('OPTIONS', '/items', { Origin: t.refusedOrigin }) }),
  },
  {
    behaviour: 'an unknown path',
    make: async (t) => ({ req: plain('GET', '/nothing/here', { origin: t.allowedOrigin }) }),
  },
];

const rows = [...operationRows(await loadScenarios()), ...edgeRows];
export const fidelityCases: readonly FidelityCase[] = rows.map((row) => ({ ...row, token: row.token ?? 'valid' }));
