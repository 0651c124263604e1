// The local stage's terminal output under load: one access line per request, as `sam local`
// and serverless-offline print them. Node writes to a pipe or a file synchronously, one
// system call per write, so lines are gathered and written once per turn of the event loop.

export interface LineWriter {
  /** Queues one line (without its newline). */
  line(text: string): void;
  /** Writes what is queued now: before exiting, or before printing anything else. */
  flush(): void;
}

/** Batches lines into `write` calls: at the end of the event loop's turn, or at `maxBuffered` characters. */
export function createLineWriter(write: (chunk: string) => void, maxBuffered = 64 * 1024): LineWriter {
  let pending = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    write(chunk);
  };
  return {
    line(text) {
      pending += `${text}\n`;
      if (pending.length >= maxBuffered) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}

/** `GET /health 200 0.4ms 5f0c…`: method, path and query as sent, status, time in the gateway, correlation id. */
export function accessLine(method: string, url: string, status: number, ms: number, correlationId: string): string {
  return `${method} ${url} ${status} ${ms.toFixed(1)}ms ${correlationId}`;
}

/** The answer's correlation id (the function's `x-correlation-id`), else API Gateway's request id. */
export function correlationIdOfAnswer(headers: Record<string, string>): string {
  const named = headers['x-correlation-id']; // how the function names it on success
  if (named !== undefined) return named;
  let requestId = '-';
  for (const name in headers) {
    const lower = name.toLowerCase();
    if (lower === 'x-correlation-id') return headers[name] as string;
    if (lower === 'x-amzn-requestid') requestId = headers[name] as string;
  }
  return requestId;
}
