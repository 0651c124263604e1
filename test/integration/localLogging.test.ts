// What `npm start` prints per request: by default one access line (method, path, status,
// ms, correlation id) and none of the function's JSON logs; with --verbose or LOG_LEVEL the
// function's Powertools lines too.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { type RunningGateway, startGateway } from '../support/gateway.js';

const ACCESS_LINE = /^GET \/health(\?n=\d)? 200 \d+\.\dms [A-Za-z0-9._:-]+$/;
const BANNER_END = /\n {2}data: .*\n/;

let gateway: RunningGateway | undefined;
afterEach(async () => {
  await gateway?.stop();
  gateway = undefined;
});

/** Starts the stage on the shared DynamoDB Local with its default logging, sends three requests. */
async function threeRequests(env: Record<string, string>, args: string[] = []) {
  gateway = await startGateway(
    { DYNAMODB_ENDPOINT: inject('dynamodbEndpoint'), LOG_REQUESTS: 'true', ...env },
    60_000,
    args,
  );
  const ids: string[] = [];
  for (const n of [1, 2, 3]) {
    const res = await fetch(`${gateway.baseUrl}/health?n=${n}`, { headers: { 'x-correlation-id': `log-test-${n}` } });
    expect(res.status).toBe(200);
    ids.push(res.headers.get('x-correlation-id') ?? '');
  }
  // Access lines are written at the end of the event loop's turn, after the function's own (with
  // --verbose): wait until the third access line has arrived.
  for (let i = 0; i < 50 && !gateway.output().includes('/health?n=3 200'); i++)
    await new Promise((r) => setTimeout(r, 50));
  const output = gateway.output();
  const after = output.slice((BANNER_END.exec(output)?.index ?? 0) + (BANNER_END.exec(output)?.[0].length ?? 0));
  return { ids, lines: after.split('\n').filter((line) => line.trim() !== '') };
}

describe('local stage logging', () => {
  it('prints one access line per request by default, with its correlation id, and no JSON log lines', async () => {
    const { ids, lines } = await threeRequests({});

    expect(lines).toHaveLength(3);
    lines.forEach((line, i) => {
      expect(line).toMatch(ACCESS_LINE);
      expect(line).toContain(`/health?n=${i + 1} 200`);
      expect(line.endsWith(` ${ids[i]}`)).toBe(true);
    });
  });

  it.each([
    ['--verbose', {}, ['--verbose']],
    ['LOG_LEVEL=debug', { LOG_LEVEL: 'debug' }, []],
  ])("adds the function's Powertools JSON line to each request with %s", async (_, env, args) => {
    const { lines } = await threeRequests(env, args);

    const json = lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
    expect(lines.filter((line) => ACCESS_LINE.test(line))).toHaveLength(3);
    expect(json.filter((entry) => entry.message === 'request').map((entry) => entry.correlation_id)).toEqual([
      'log-test-1',
      'log-test-2',
      'log-test-3',
    ]);
  });
});
