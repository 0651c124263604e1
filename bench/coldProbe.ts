// One cold start in a fresh Node process: load the bundle named on the command line, answer
// GET /health and POST /users as the first two invocations, print the timings, exit.
import { createUserEvent, healthEvent, lambdaContext, PROBE_MARKER } from './events.js';

type Handler = (event: unknown, context: unknown) => Promise<{ statusCode: number }>;

async function main(): Promise<void> {
  // performance.now() counts from this process's start: Node's own boot is part of a cold start.
  const bootMs = performance.now();
  const { handler } = require(process.argv[2] as string) as { handler: Handler };
  const loadedMs = performance.now();
  const health = await handler(healthEvent(), lambdaContext('req-health'));
  const healthMs = performance.now();
  const created = await handler(createUserEvent(1, `cold-${process.pid}`), lambdaContext('req-post'));
  const doneMs = performance.now();
  const timings = {
    statuses: [health.statusCode, created.statusCode],
    node: process.version,
    bootMs,
    loadMs: loadedMs - bootMs,
    healthMs: healthMs - loadedMs,
    postMs: doneMs - healthMs,
    totalMs: doneMs,
  };
  process.stdout.write(`\n${PROBE_MARKER}${JSON.stringify(timings)}\n`, () => process.exit(0));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
