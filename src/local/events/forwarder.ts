// EVENTS_URL: each local domain event POSTed, in order, to a developer's own service. A
// failing receiver is retried a few times and then logged; it never holds up the stream.
export interface Forwarder {
  forward(events: readonly object[]): void;
  /** Resolves once everything queued so far was sent or given up on. */
  drained(): Promise<void>;
}

export interface ForwarderOptions {
  url: string;
  warn(message: string): void;
  retries?: number;
  backoffMs?: number;
  /** Events waiting at most; beyond it the oldest are dropped (with a warning). */
  maxQueue?: number;
}

export function createForwarder(options: ForwarderOptions): Forwarder {
  const retries = options.retries ?? 3;
  const backoffMs = options.backoffMs ?? 250;
  const maxQueue = options.maxQueue ?? 10_000;
  const queue: object[] = [];
  let working: Promise<void> = Promise.resolve();
  let running = false;

  async function post(event: object): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      let problem: string;
      try {
        const res = await fetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(event),
          signal: AbortSignal.timeout(5_000),
        });
        await res.arrayBuffer();
        if (res.ok) return;
        problem = `HTTP ${res.status}`;
      } catch (err) {
        problem = (err as Error).message;
      }
      if (attempt >= retries) {
        const id = (event as { id?: string }).id;
        options.warn(`events: EVENTS_URL did not take event ${id} after ${attempt + 1} tries (${problem}); skipped`);
        return;
      }
      await new Promise((done) => setTimeout(done, backoffMs * 2 ** attempt));
    }
  }

  async function work(): Promise<void> {
    running = true;
    while (queue.length > 0) await post(queue.shift() as object);
    running = false;
  }

  return {
    forward(events) {
      queue.push(...events);
      if (queue.length > maxQueue) {
        const dropped = queue.splice(0, queue.length - maxQueue);
        options.warn(`events: EVENTS_URL is behind; ${dropped.length} event(s) dropped from its queue`);
      }
      if (!running) working = work();
    },
    drained: () => working,
  };
}
