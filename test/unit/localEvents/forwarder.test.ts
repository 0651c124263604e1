// EVENTS_URL forwarding against a real receiver on 127.0.0.1: in order, retried, then skipped with a warning.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createForwarder } from '../../../src/local/events/forwarder.js';

let server: Server | undefined;
afterEach(() => {
  server?.close();
});

/** A receiver that answers each POST with the next status of `statuses` (then 204) and keeps the bodies. */
async function receiver(statuses: number[] = []) {
  const received: { id: string }[] = [];
  let calls = 0;
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const status = statuses[calls++] ?? 204;
      if (status < 300) received.push(JSON.parse(body));
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((ok) => server?.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, calls: () => calls };
}

describe('createForwarder', () => {
  it('POSTs each event as JSON, in order', async () => {
    const r = await receiver();
    const forwarder = createForwarder({ url: r.url, warn: () => {} });

    forwarder.forward([{ id: '1' }, { id: '2' }]);
    forwarder.forward([{ id: '3' }]);
    await forwarder.drained();

    expect(r.received).toEqual([{ id: '1' }, { id: '2' }, { id: '3' }]);
  });

  it('retries a failing receiver, keeping the order', async () => {
    const r = await receiver([503, 500]);
    const warnings: string[] = [];
    const forwarder = createForwarder({ url: r.url, warn: (m) => warnings.push(m), backoffMs: 1 });

    forwarder.forward([{ id: '1' }, { id: '2' }]);
    await forwarder.drained();

    expect(r.received).toEqual([{ id: '1' }, { id: '2' }]);
    expect(r.calls()).toBe(4);
    expect(warnings).toEqual([]);
  });

  it('skips an event after its retries, says so, and goes on with the next', async () => {
    const r = await receiver([500, 500, 500]);
    const warnings: string[] = [];
    const forwarder = createForwarder({ url: r.url, warn: (m) => warnings.push(m), retries: 2, backoffMs: 1 });

    forwarder.forward([{ id: '1' }, { id: '2' }]);
    await forwarder.drained();

    expect(r.received).toEqual([{ id: '2' }]);
    expect(warnings).toEqual(['events: EVENTS_URL did not take event 1 after 3 tries (HTTP 500); skipped']);
  });

  it('does not wait for the receiver: forward returns before anything is sent', async () => {
    const r = await receiver();
    const forwarder = createForwarder({ url: r.url, warn: () => {} });

    forwarder.forward([{ id: '1' }]);
    const sentAtOnce = r.received.length;
    await forwarder.drained();

    expect(sentAtOnce).toBe(0);
    expect(r.received).toHaveLength(1);
  });

  it('drops the oldest queued events beyond its bound, with a warning', async () => {
    const r = await receiver();
    const warnings: string[] = [];
    const forwarder = createForwarder({ url: r.url, warn: (m) => warnings.push(m), maxQueue: 2 });

    forwarder.forward([{ id: '1' }]); // in flight at once
    forwarder.forward([{ id: '2' }, { id: '3' }, { id: '4' }]);
    await forwarder.drained();

    expect(warnings).toEqual(['events: EVENTS_URL is behind; 1 event(s) dropped from its queue']);
    expect(r.received.map((e) => e.id)).toEqual(['1', '3', '4']);
  });
});
