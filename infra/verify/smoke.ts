// The smoke pass: a few requests that show the stage works end to end (health, both forms
// of the Authorization header, CORS, a user's and an item's life, what API Gateway answers
// itself, 401 and 403, and the API key a stage with keys requires). Stops at the first check that fails.
import { describeFirewallBlock, firewallBlockOf } from '../firewall.js';
import type { Progress } from './progress.js';
import { bearer, type HttpReply, type HttpRequest, jsonRequest, type Send } from './stageHttp.js';

export interface SmokeContext {
  send: Send;
  adminToken: string;
  userToken: string;
  /** A fresh address carrying the run's tag. */
  email(label: string): string;
  allowedOrigins: readonly string[];
  /** The stage was deployed with `-c apiKeys=on`: `send` adds the run's key, and its absence must be refused. */
  apiKeyRequired: boolean;
  progress: Progress;
}

/** An origin nobody allows, for the refused preflight. */
export const REFUSED_ORIGIN = 'https://refused.example.invalid';
/** The origin a preflight claims when the stage allows any (`*`). */
export const ANY_ORIGIN = 'https://app.example.com';

export const allowedOriginOf = (origins: readonly string[]) => origins.find((o) => o !== '*') ?? ANY_ORIGIN;

class CheckFailed extends Error {}

function expectThat(ok: boolean, what: string, reply: HttpReply): void {
  if (ok) return;
  // WAF's answer never reached the function: say so, rather than show a 403 like the function's.
  const block = firewallBlockOf({ ...reply, body: reply.json });
  if (block) throw new CheckFailed(`${what}; ${describeFirewallBlock(block)}`);
  throw new CheckFailed(`${what}; got ${reply.status} ${reply.text.slice(0, 300)}`);
}

function expectStatus(reply: HttpReply, status: number): HttpReply {
  expectThat(reply.status === status, `expected ${status}`, reply);
  return reply;
}

const field = (reply: HttpReply, name: string): unknown => (reply.json as Record<string, unknown> | undefined)?.[name];

export async function smoke(ctx: SmokeContext): Promise<void> {
  const { send, adminToken: admin, progress } = ctx;
  const check = async (name: string, run: () => Promise<string | undefined>) => {
    try {
      const detail = await run();
      progress.pass(detail ? `${name}: ${detail}` : name);
    } catch (err) {
      progress.fail(name);
      throw new Error(`${name}: ${(err as Error).message}`);
    }
  };
  const get = (path: string, headers: Record<string, string> = {}): HttpRequest => ({ method: 'GET', path, headers });

  await check('GET /health', async () => {
    const reply = expectStatus(await send(get('/health')), 200);
    expectThat(field(reply, 'status') === 'ok', 'expected {"status":"ok"}', reply);
    return `200, version ${String(field(reply, 'version'))}`;
  });
  await check('Authorization: Bearer <ID token> is accepted', async () => {
    expectStatus(await send(get('/items?limit=1', bearer(admin))), 200);
    return '200';
  });
  await check('Authorization: <ID token> (no Bearer) is accepted', async () => {
    expectStatus(await send(get('/items?limit=1', { authorization: admin })), 200);
    return '200';
  });

  if (ctx.apiKeyRequired) {
    await check('a secured request without x-api-key (API Gateway refuses)', async () => {
      const reply = expectStatus(await send({ ...get('/items?limit=1', bearer(admin)), withoutApiKey: true }), 403);
      // INVALID_API_KEY, as infra/spec/gatewayResponses.ts shapes it: API Gateway's own message as the detail.
      const refused = field(reply, 'type') === 'urn:problem:forbidden' && field(reply, 'detail') === 'Forbidden';
      expectThat(refused, 'expected the gateway response INVALID_API_KEY (detail "Forbidden")', reply);
      return '403, INVALID_API_KEY';
    });
  }

  const origin = allowedOriginOf(ctx.allowedOrigins);
  const preflight = (from: string) => ({
    method: 'OPTIONS',
    path: '/users',
    headers: { origin: from, 'access-control-request-method': 'POST' },
  });
  await check(`a preflight from an allowed origin (${origin})`, async () => {
    const reply = expectStatus(await send(preflight(origin)), 204);
    const granted = reply.headers.get('access-control-allow-origin');
    expectThat(granted === origin || granted === '*', `expected Access-Control-Allow-Origin ${origin}`, reply);
    return `204, Access-Control-Allow-Origin ${granted}`;
  });
  if (ctx.allowedOrigins.includes('*')) {
    progress.note('– a preflight from a refused origin: not tried, the stage allows any origin (*)');
  } else {
    await check(`a preflight from a refused origin (${REFUSED_ORIGIN})`, async () => {
      const reply = expectStatus(await send(preflight(REFUSED_ORIGIN)), 204);
      // With one allowed origin the header is static (infra/spec/mockOperations.ts): it names that origin, not this one.
      const granted = reply.headers.get('access-control-allow-origin');
      expectThat(granted !== REFUSED_ORIGIN && granted !== '*', 'expected the origin not to be granted', reply);
      return `204, Access-Control-Allow-Origin ${granted ?? '(none)'}`;
    });
  }

  await check('a user: create, read, update, delete', async () => {
    const created = expectStatus(
      await send(jsonRequest('POST', '/users', admin, { name: 'Verify', email: ctx.email('smoke') })),
      201,
    );
    const path = created.headers.get('location') ?? '';
    expectThat(/^\/users\/[0-9a-f-]{36}$/.test(path), 'expected a Location /users/<id>', created);
    expectStatus(await send(get(path, bearer(admin))), 200);
    const etag = created.headers.get('etag') ?? '';
    const update = { name: 'Verify Renamed', email: ctx.email('smoke') };
    const updated = expectStatus(await send(jsonRequest('PUT', path, admin, update, { 'if-match': etag })), 200);
    expectThat(field(updated, 'name') === update.name, 'expected the new name', updated);
    expectStatus(await send({ method: 'DELETE', path, headers: bearer(admin) }), 204);
    expectStatus(await send(get(path, bearer(admin))), 404);
    return '201, 200, 200, 204, then 404';
  });
  await check('an item: create, read, update, delete', async () => {
    const created = expectStatus(await send(jsonRequest('POST', '/items', admin, { name: 'Verify item' })), 201);
    const path = created.headers.get('location') ?? '';
    expectThat(/^\/items\/[0-9a-f-]{36}$/.test(path), 'expected a Location /items/<id>', created);
    expectStatus(await send(get(path, bearer(admin))), 200);
    const etag = created.headers.get('etag') ?? '';
    expectStatus(await send(jsonRequest('PUT', path, admin, { name: 'Verify item 2' }, { 'if-match': etag })), 200);
    expectStatus(await send({ method: 'DELETE', path: `${path}?permanent=true`, headers: bearer(admin) }), 204);
    expectStatus(await send(get(path, bearer(admin))), 404);
    return '201, 200, 200, 204, then 404';
  });

  await check('API Gateway answers a method /users does not list (PATCH)', async () => {
    const reply = expectStatus(await send({ method: 'PATCH', path: '/users', headers: bearer(admin) }), 405);
    expectThat(reply.headers.has('allow'), 'expected an Allow header', reply);
    return `405, Allow: ${reply.headers.get('allow')}`;
  });
  await check('no token (the authorizer refuses)', async () => {
    const reply = expectStatus(await send(get('/users')), 401);
    expectThat(/^Bearer/.test(reply.headers.get('www-authenticate') ?? ''), 'expected WWW-Authenticate: Bearer', reply);
    return '401, WWW-Authenticate: Bearer';
  });
  await check('an account outside admins on GET /users', async () => {
    expectStatus(await send(get('/users', bearer(ctx.userToken))), 403);
    return '403';
  });
}
