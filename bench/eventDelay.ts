// The delay from the API's answer to the domain event's delivery on the local stage (`npm start`:
// DynamoDB Local's stream, the local runner, the consumer, GET /_events): median and p99 over N
// writes, and whether any event was lost or came twice. `npm run bench:events` runs it alone.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freePort } from '../src/local/dynamodbLocal.js';
import { loadLocalIssuer } from '../src/local/issuer.js';

export interface EventDelay {
  writes: number;
  inFlight: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  lost: number;
  duplicated: number;
}

const root = resolve(import.meta.dirname, '..');

function startStage(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/local/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_REQUESTS: 'false',
      THROTTLE_RATE: '100000',
      THROTTLE_BURST: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the local stage did not start:\n${output}`)), 90_000);
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
      if (output.includes('listening on')) {
        clearTimeout(timer);
        ok(child);
      }
    });
    child.stderr?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.once('exit', (code) => fail(new Error(`the local stage exited with ${code}:\n${output}`)));
  });
}

/** Follows GET /_events, calling `onEvent` with each event's correlation id as it arrives. */
async function follow(url: string, onEvent: (correlationId: string) => void, signal: AbortSignal): Promise<void> {
  const res = await fetch(url, { signal });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        const messages = buffer.split('\n\n');
        buffer = messages.pop() ?? '';
        for (const message of messages) {
          const data = /^data: (.*)$/m.exec(message)?.[1];
          if (data) onEvent(JSON.parse(data).detail?.correlationId);
        }
      }
    } catch {
      // aborted at the end of the run
    }
  })();
}

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;

export async function measureEventDelay(options: { writes?: number; inFlight?: number } = {}): Promise<EventDelay> {
  const writes = options.writes ?? 1_000;
  const inFlight = options.inFlight ?? 4;
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'users-api-events-'));
  const stage = await startStage(port, dataDir);
  const base = `http://127.0.0.1:${port}`;
  const stop = new AbortController();
  try {
    const token = await (await loadLocalIssuer(dataDir)).sign({ sub: `bench-${randomUUID()}` });
    const answered = new Map<string, number>();
    const delivered = new Map<string, number>();
    let duplicated = 0;
    await follow(
      `${base}/_events?type=ItemCreated`,
      (id) => {
        if (delivered.has(id)) duplicated++;
        else delivered.set(id, performance.now());
      },
      stop.signal,
    );
    const write = async (id: string) => {
      const res = await fetch(`${base}/items`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-correlation-id': id },
        body: JSON.stringify({ name: 'bench' }),
      });
      await res.arrayBuffer();
      if (res.status !== 201) throw new Error(`POST /items answered ${res.status}`);
      answered.set(id, performance.now());
    };
    const run = async (count: number, prefix: string) => {
      const ids = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
      let next = 0;
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          while (next < ids.length) await write(ids[next++] as string);
        }),
      );
      const deadline = Date.now() + 30_000;
      while (ids.some((id) => !delivered.has(id)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return ids;
    };
    await run(20, 'warmup'); // the runner's first poll, the consumer's first load: not part of the figure
    const ids = await run(writes, 'write');
    const delays = ids
      .filter((id) => delivered.has(id))
      .map((id) => (delivered.get(id) as number) - (answered.get(id) as number))
      .sort((a, b) => a - b);
    return {
      writes,
      inFlight,
      medianMs: percentile(delays, 0.5),
      p99Ms: percentile(delays, 0.99),
      maxMs: delays.at(-1) ?? Number.NaN,
      lost: ids.length - delays.length,
      duplicated,
    };
  } finally {
    stop.abort();
    const exited = new Promise((done) => stage.once('exit', done));
    stage.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printEventDelay(d: EventDelay): void {
  console.log(
    `\nevent delay on the local stage (API answer → GET /_events), ${d.writes} writes, ${d.inFlight} in flight:` +
      ` median ${d.medianMs.toFixed(1)} ms, p99 ${d.p99Ms.toFixed(1)} ms, max ${d.maxMs.toFixed(1)} ms;` +
      ` lost ${d.lost}, delivered twice ${d.duplicated}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const quick = process.argv.includes('--quick');
  printEventDelay(await measureEventDelay({ writes: quick ? 100 : 1_000 }));
}
