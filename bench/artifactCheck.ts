// The bundle as deployed, against DynamoDB Local: one pass over every operation of the spec,
// so that a bundling choice (ES module builds, minification) or a dependency upgrade that broke
// a code path the cold and warm runs never take fails the bench, and with it `npm test`.
// Prints one JSON line of results.
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { CHECK_MARKER, type CheckStep, lambdaContext, proxyEvent } from './events.js';

type Handler = (
  event: APIGatewayProxyEvent,
  context: unknown,
) => Promise<{ statusCode: number; headers?: Record<string, string>; body: string }>;

async function main(): Promise<void> {
  const { handler } = require(process.argv[2] as string) as { handler: Handler };
  const results: CheckStep[] = [];
  const run = String(process.pid);
  /** One request; `operationId` is the operation it must reach (none for gateway-less errors). */
  const call = async (step: string, operationId: string | null, expected: number, event: APIGatewayProxyEvent) => {
    const response = await handler(event, lambdaContext(`check-${results.length}`));
    results.push({ step, operationId, expected, got: response.statusCode });
    return response.statusCode === expected && response.body ? JSON.parse(response.body) : undefined;
  };
  const withHeaders = (event: APIGatewayProxyEvent, headers: Record<string, string>) => ({
    ...event,
    headers: { ...event.headers, ...headers },
  });
  const json = (method: string, path: string, body: unknown) =>
    proxyEvent(method, path, JSON.stringify(body), `${method}-${path}`);
  const bare = (method: string, path: string) => proxyEvent(method, path, null, `${method}-${path}`);
  const get = (path: string, query?: Record<string, string>) => ({
    ...bare('GET', path),
    queryStringParameters: query ?? null,
  });

  await call('report health', 'getHealth', 200, get('/health'));
  const email = `check-${run}@example.com`;
  const user = await call('create a user', 'createUser', 201, json('POST', '/users', { name: 'Check', email }));
  await call(
    'refuse a taken email',
    'createUser',
    409,
    json('POST', '/users', { name: 'Twin', email: email.toUpperCase() }),
  );
  await call('refuse an invalid email', 'createUser', 400, json('POST', '/users', { name: 'Bad', email: 'nope' }));
  await call('get the user', 'getUser', 200, get(`/users/${user?.userId}`));
  await call('find the user by email', 'listUsers', 200, get('/users', { email }));
  await call('list users', 'listUsers', 200, get('/users', { limit: '2' }));
  const update = json('PUT', `/users/${user?.userId}`, { name: 'Checked', email });
  await call('update if at version 1', 'updateUser', 200, withHeaders(update, { 'If-Match': '"1"' }));
  await call('refuse a stale If-Match', 'updateUser', 412, withHeaders(update, { 'If-Match': '"1"' }));
  await call('delete the user', 'deleteUser', 204, bare('DELETE', `/users/${user?.userId}`));
  await call('not find it any more', 'getUser', 404, get(`/users/${user?.userId}`));
  const item = json('POST', '/items', { name: 'Field notebook', tags: ['travel'] });
  const created = await call(
    'create an item',
    'createItem',
    201,
    withHeaders(item, { 'Idempotency-Key': `check-${run}` }),
  );
  await call('replay the same key', 'createItem', 201, withHeaders(item, { 'Idempotency-Key': `check-${run}` }));
  await call('create items at once', 'createItems', 201, json('POST', '/items/batch', { items: [{ name: 'Pen' }] }));
  await call('get the item', 'getItem', 200, get(`/items/${created?.itemId}`));
  await call('list items', 'listItems', 200, get('/items'));
  const change = json('PUT', `/items/${created?.itemId}`, { name: 'Notebook' });
  await call('update the item at version 1', 'updateItem', 200, withHeaders(change, { 'If-Match': '"1"' }));
  await call('trash the item', 'deleteItem', 204, bare('DELETE', `/items/${created?.itemId}`));
  await call('restore it from the trash', 'restoreItem', 200, bare('POST', `/items/${created?.itemId}/restore`));
  await call('refuse an unknown path', null, 404, get('/nowhere'));
  await call('refuse an unlisted method', null, 405, bare('PATCH', '/users'));
  process.stdout.write(`\n${CHECK_MARKER}${JSON.stringify(results)}\n`, () => process.exit(0));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
