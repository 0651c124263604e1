// The fidelity table: requests whose answers must be the same wherever the imported
// document is enforced. The fidelity suite checks the local gateway against the oracle
// with them; `npm run verify` replays them against a deployed stage and a local gateway.
import { randomUUID } from 'node:crypto';
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

async function created(target: FidelityTarget, path: string, body: unknown): Promise<string> {
  const res = await target.send(withToken(target, json('POST', path, body), 'valid'));
  if (res.status !== 201) throw new Error(`setup: ${path} answered ${res.status} ${res.text}`);
  const made = JSON.parse(res.text) as { userId?: string; itemId?: string };
  return (made.userId ?? made.itemId) as string;
}
const user = (t: FidelityTarget) => () => created(t, '/users', { name: 'Fidelity', email: t.email('fidelity') });
const item = (t: FidelityTarget) => () => created(t, '/items', { name: 'Fidelity item' });
const twice = async (make: (id: string) => OracleRequest, create: () => Promise<string>) => ({
  req: make(await create()),
  twin: make(await create()),
});

type Row = Omit<FidelityCase, 'token'> & { token?: TokenKind };

const rows: Row[] = [
  // A valid call of every operation.
  { behaviour: 'getHealth', make: async () => ({ req: plain('GET', '/health') }) },
  {
    behaviour: 'createUser',
    make: async (t) => ({
      req: json('POST', '/users', { name: 'Ada', email: t.email('ada') }),
      twin: json('POST', '/users', { name: 'Ada', email: t.email('ada') }),
    }),
  },
  { behaviour: 'listUsers by email', make: async (t) => ({ req: plain('GET', `/users?email=${t.email('none')}`) }) },
  { behaviour: 'getUser', make: async (t) => ({ req: plain('GET', `/users/${await user(t)()}`) }) },
  {
    behaviour: 'updateUser',
    make: (t) =>
      twice(
        (id) => json('PUT', `/users/${id}`, { name: 'Renamed', email: t.email('renamed') }, { 'if-match': '"1"' }),
        user(t),
      ),
  },
  { behaviour: 'deleteUser', make: (t) => twice((id) => plain('DELETE', `/users/${id}`), user(t)) },
  {
    behaviour: 'createItem',
    make: async () => ({ req: json('POST', '/items', { name: 'Pen' }), twin: json('POST', '/items', { name: 'Pen' }) }),
  },
  {
    behaviour: 'createItems',
    make: async () => ({
      req: json('POST', '/items/batch', { items: [{ name: 'A' }, { name: 'B' }] }),
      twin: json('POST', '/items/batch', { items: [{ name: 'A' }, { name: 'B' }] }),
    }),
  },
  { behaviour: 'listItems', make: async () => ({ req: plain('GET', '/items?limit=1') }) },
  { behaviour: 'getItem', make: async (t) => ({ req: plain('GET', `/items/${await item(t)()}`) }) },
  {
    behaviour: 'updateItem',
    make: (t) => twice((id) => json('PUT', `/items/${id}`, { name: 'Renamed' }, { 'if-match': '"1"' }), item(t)),
  },
  { behaviour: 'deleteItem', make: (t) => twice((id) => plain('DELETE', `/items/${id}`), item(t)) },
  {
    behaviour: 'restoreItem',
    make: async (t) => {
      const trashed = async () => {
        const id = await item(t)();
        await t.send(withToken(t, plain('DELETE', `/items/${id}`), 'valid'));
        return id;
      };
      return twice((id) => plain('POST', `/items/${id}/restore`), trashed);
    },
  },
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

export const fidelityCases: readonly FidelityCase[] = rows.map((row) => ({ ...row, token: row.token ?? 'valid' }));
