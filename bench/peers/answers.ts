// The same requests through a bundle (ours or a peer's) on DynamoDB Local: valid and invalid
// bodies and paths, a taken email, a missing user, no caller. Prints each answer's shape (status,
// media type, fields, problem type, failing fields) as one JSON line, for the bench to compare.
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { ANSWERS_MARKER, lambdaContext, proxyEvent } from '../events.js';

type Handler = (
  event: APIGatewayProxyEvent,
  context: unknown,
) => Promise<{
  statusCode: number;
  headers?: Record<string, unknown>;
  multiValueHeaders?: Record<string, unknown[]>;
  body: string;
}>;

export interface AnswerShape {
  step: string;
  status: number;
  mediaType: string;
  fields: string[];
  /** Problems: their type and the failing fields; users: what was stored. */
  type?: string;
  errors?: string[];
  user?: { name: unknown; emailAsStored: boolean; age: unknown; version: unknown; etag: boolean; location: boolean };
}

function shapeOf(step: string, response: Awaited<ReturnType<Handler>>, email: string): AnswerShape {
  // Single or multi-value headers: API Gateway takes either (Hono's adapter answers a v1 event with the latter).
  const multi = Object.entries(response.multiValueHeaders ?? {}).map(([k, v]) => [k, v[0]] as const);
  const all = [...multi, ...Object.entries(response.headers ?? {})];
  const headers = Object.fromEntries(all.map(([k, v]) => [k.toLowerCase(), v]));
  const mediaType = String(headers['content-type'] ?? '').split(';')[0] ?? '';
  const body = mediaType.endsWith('json') ? (JSON.parse(response.body) as Record<string, unknown>) : {};
  const shape: AnswerShape = { step, status: response.statusCode, mediaType, fields: Object.keys(body).sort() };
  if (mediaType === 'application/problem+json') {
    shape.type = String(body.type);
    if (Array.isArray(body.errors)) shape.errors = body.errors.map((e: { path: string }) => e.path).sort();
  } else if ('userId' in body) {
    const { name, age, version } = body;
    // Stored lower-cased: the create sends it in capitals.
    const emailAsStored = body.email === email.toLowerCase();
    shape.user = { name, emailAsStored, age, version, etag: 'etag' in headers, location: 'location' in headers };
  }
  return shape;
}

async function main(): Promise<void> {
  const { handler } = require(process.argv[2] as string) as { handler: Handler };
  const run = `${process.pid}-${Date.now().toString(36)}`;
  const shapes: AnswerShape[] = [];
  const email = `answers-${run}@example.com`.toLowerCase();
  const call = async (step: string, event: APIGatewayProxyEvent) => {
    const response = await handler(event, lambdaContext(`answers-${shapes.length}`));
    shapes.push(shapeOf(step, response, email));
    return response;
  };
  const post = (body: string) => proxyEvent('POST', '/users', body, `post-${shapes.length}`);
  const get = (path: string) => proxyEvent('GET', path, null, `get-${shapes.length}`);

  const created = await call(
    'create a user',
    post(JSON.stringify({ name: '  Ada  ', email: email.toUpperCase(), age: 36 })),
  );
  const { userId } = JSON.parse(created.body) as { userId: string };
  await call('refuse a taken email', post(JSON.stringify({ name: 'Twin', email })));
  await call('get the user', get(`/users/${userId}`));
  await call('not find an unknown user', get('/users/0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f'));
  await call('refuse a user id that is no uuid', get('/users/not-a-uuid'));
  await call('refuse three bad fields', post(JSON.stringify({ name: 7, email: 'not-an-email', age: 151 })));
  await call('refuse an email without a domain', post(JSON.stringify({ name: 'Ada', email: 'ada@' })));
  await call('refuse a fractional age', post(JSON.stringify({ name: 'Ada', email: `x-${email}`, age: 1.5 })));
  await call('refuse a blank name', post(JSON.stringify({ name: '   ', email: `y-${email}` })));
  await call('refuse an unknown field', post(JSON.stringify({ name: 'Ada', email: `z-${email}`, admin: true })));
  await call('refuse a missing email', post(JSON.stringify({ name: 'Ada' })));
  await call('refuse a body that is not JSON', post('{"name":'));
  const anonymous = post(JSON.stringify({ name: 'Anon', email: `anon-${email}` }));
  await call('refuse a caller without claims', {
    ...anonymous,
    requestContext: { ...anonymous.requestContext, authorizer: null },
  });
  await call('not find an unknown path', get('/nowhere'));
  process.stdout.write(`\n${ANSWERS_MARKER}${JSON.stringify(shapes)}\n`, () => process.exit(0));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
