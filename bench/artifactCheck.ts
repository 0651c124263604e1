// The bundle as deployed, against DynamoDB Local: one pass over every operation of the spec, its
// success and the errors its scenarios provoke (src/handlers/<operationId>.scenarios.ts), so that a bundling choice (ES module builds, minification) or a dependency upgrade that broke
// a code path the cold and warm runs never take fails the bench, and with it `npm test`.
// Prints one JSON line of results.
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { loadScenarios, operationIds } from '../src/scenarios/load.js';
import { requestFor } from '../src/scenarios/requests.js';
import { CHECK_MARKER, type CheckStep, lambdaContext, proxyEvent } from './events.js';
import { apiOf, loadWorkloads, REQUEST_KINDS, toEvent } from './workloads.js';

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
  const invoke = (event: APIGatewayProxyEvent) => handler(event, lambdaContext(`setup-${results.length}`));
  const bare = (method: string, path: string) => proxyEvent(method, path, null, `${method}-${path}`);

  // Every operation's success, and the refused request, as the bench's workloads make them.
  const workloads = await loadWorkloads();
  for (const kind of REQUEST_KINDS) {
    const { label, status, prepare } = workloads[kind];
    const eventAt = await prepare(invoke, 1, `check-${run}-${kind}`);
    await call(label, kind === 'invalid' ? 'createUser' : kind, status, eventAt(0));
  }
  // Every error an operation's scenarios provoke (a taken email, a stale If-Match, the trash).
  const scenarios = await loadScenarios();
  for (const id of operationIds) {
    for (const error of (scenarios[id].errors ?? []).filter((e) => e.as !== 'user')) {
      const { expectHeaders: _, ...parts } = await error.make(apiOf(invoke, `check-${run}-${id}`));
      await call(error.name, id, error.status, toEvent(requestFor(id, parts), results.length));
    }
  }
  await call('refuse an unknown path', null, 404, bare('GET', '/nowhere'));
  await call('refuse an unlisted method', null, 405, bare('PATCH', '/users'));
  process.stdout.write(`\n${CHECK_MARKER}${JSON.stringify(results)}\n`, () => process.exit(0));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
