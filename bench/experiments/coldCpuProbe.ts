// bench/coldProbe.ts with CPU time: one cold start in a fresh process (load the bundle, answer
// GET /health and POST /users), reporting the process's CPU ms from its start (Node's boot
// included) and of the require alone, which a busy shared machine disturbs less than wall time.
import { createUserEvent, healthEvent, lambdaContext, PROBE_MARKER } from '../events.js';

type Handler = (event: unknown, context: unknown) => Promise<{ statusCode: number }>;
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

async function main(): Promise<void> {
  const before = process.cpuUsage();
  const { handler } = require(process.argv[2] as string) as { handler: Handler };
  const requireCpuMs = cpuMs(process.cpuUsage(before));
  const atHealth = process.cpuUsage();
  const health = await handler(healthEvent(), lambdaContext('req-health'));
  const atPost = process.cpuUsage();
  const created = await handler(createUserEvent(1, `cold-${process.pid}`), lambdaContext('req-post'));
  const end = process.cpuUsage();
  const timings = {
    statuses: [health.statusCode, created.statusCode],
    requireCpuMs,
    // Node's boot, before the require: all of the process's CPU time up to it, less the require.
    bootCpuMs: cpuMs(before),
    healthCpuMs: cpuMs(atPost) - cpuMs(atHealth),
    postCpuMs: cpuMs(end) - cpuMs(atPost),
    cpuMs: cpuMs(end),
  };
  process.stdout.write(`\n${PROBE_MARKER}${JSON.stringify(timings)}\n`, () => process.exit(0));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
