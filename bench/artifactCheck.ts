// The bundle as deployed, against DynamoDB Local: one pass over the users and items
// operations, so that a bundling lever (aliases, ES module builds) that broke a code path the
// cold and warm runs never take fails the bench. Prints one JSON line of results.
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { CHECK_MARKER, lambdaContext, proxyEvent } from './events.js';

type Handler = (
  event: APIGatewayProxyEvent,
  context: unknown,
) => Promise<{ statusCode: number; headers?: Record<string, string>; body: string }>;

async function main(): Promise<void> {
  const { handler } = require(process.argv[2] as string) as { handler: Handler };
  const results: { step: string; expected: number; got: number }[] = [];
  const run = String(process.pid);
  const call = async (step: string, expected: number, event: APIGatewayProxyEvent) => {
    const response = await handler(event, lambdaContext(`check-${results.length}`));
    results.push({ step, expected, got: response.statusCode });
    return response.statusCode === expected && response.body ? JSON.parse(response.body) : undefined;
  };
  const withHeaders = (event: APIGatewayProxyEvent, headers: Record<string, string>) => ({
    ...event,
    headers: { ...event.headers, ...headers },
  });
  const json = (method: string, path: string, body: unknown) =>
    proxyEvent(method, path, JSON.stringify(body), `${method}-${path}`);
  const get = (path: string, query?: Record<string, string>) => ({
    ...proxyEvent('GET', path, null, `GET-${path}`),
    queryStringParameters: query ?? null,
  });

  const email = `check-${run}@example.com`;
  const user = await call('create a user', 201, json('POST', '/users', { name: 'Check', email }));
  await call('refuse a taken email', 409, json('POST', '/users', { name: 'Twin', email: email.toUpperCase() }));
  await call('get the user', 200, get(`/users/${user?.userId}`));
  await call('find the user by email', 200, get('/users', { email }));
  await call('list users', 200, get('/users', { limit: '2' }));
  const update = json('PUT', `/users/${user?.userId}`, { name: 'Checked', email });
  await call('update if at version 1', 200, withHeaders(update, { 'If-Match': '"1"' }));
  await call('refuse a stale If-Match', 412, withHeaders(update, { 'If-Match': '"1"' }));
  await call('delete the user', 204, proxyEvent('DELETE', `/users/${user?.userId}`, null, 'delete'));
  await call('not find it any more', 404, get(`/users/${user?.userId}`));
  const item = json('POST', '/items', { name: 'Field notebook', tags: ['travel'] });
  const created = await call('create an item', 201, withHeaders(item, { 'Idempotency-Key': `check-${run}` }));
  await call('replay the same key', 201, withHeaders(item, { 'Idempotency-Key': `check-${run}` }));
  await call('get the item', 200, get(`/items/${created?.itemId}`));
  await call('list items', 200, get('/items'));
  await call('refuse an unknown path', 404, get('/nowhere'));
  process.stdout.write(`\n${CHECK_MARKER}${JSON.stringify(results)}\n`, () => process.exit(0));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
