// GET /_events over a real HTTP server: server-sent events, a type filter and resuming with Last-Event-ID.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createEventFeed, type EventFeed, serveEventStream } from '../../../src/local/events/eventFeed.js';

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

async function serve(feed: EventFeed): Promise<string> {
  server = createServer((req, res) => serveEventStream(req, res, feed));
  await new Promise<void>((ok) => server?.listen(0, '127.0.0.1', ok));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/_events`;
}

/** Reads the stream until `count` messages came; returns their ids and the raw text. */
async function read(url: string, count: number, headers: Record<string, string> = {}, publish?: () => void) {
  const controller = new AbortController();
  const res = await fetch(url, { headers, signal: controller.signal });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  publish?.();
  while ((text.match(/^data: /gm) ?? []).length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  controller.abort();
  const ids = [...text.matchAll(/^id: (.*)$/gm)].map((m) => m[1]);
  const data = [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1] as string));
  return { res, ids, data, text };
}

const event = (id: string, type = 'ItemCreated') => ({ id, type, detail: { resource: { itemId: id } } });

describe('serveEventStream', () => {
  it('sends each published event as one message with its id, as text/event-stream', async () => {
    const feed = createEventFeed();
    const url = await serve(feed);

    const { res, ids, data } = await read(url, 2, {}, () =>
      setTimeout(() => feed.publish([event('a'), event('b', 'ItemUpdated')]), 50),
    );

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(ids).toEqual(['a', 'b']);
    expect(data).toEqual([event('a'), event('b', 'ItemUpdated')]);
  });

  it('keeps only the types asked for with ?type=', async () => {
    const feed = createEventFeed();
    const url = await serve(feed);

    const { ids } = await read(`${url}?type=ItemUpdated,ItemPurged`, 2, {}, () =>
      setTimeout(() => feed.publish([event('a'), event('b', 'ItemUpdated'), event('c'), event('d', 'ItemPurged')]), 50),
    );

    expect(ids).toEqual(['b', 'd']);
  });

  it('replays the events after Last-Event-ID before the live ones', async () => {
    const feed = createEventFeed();
    feed.publish([event('a'), event('b'), event('c')]);
    const url = await serve(feed);

    const { ids } = await read(url, 3, { 'last-event-id': 'a' }, () =>
      setTimeout(() => feed.publish([event('d')]), 50),
    );

    expect(ids).toEqual(['b', 'c', 'd']);
  });

  it('says so when the Last-Event-ID is no longer kept, and goes on live', async () => {
    const feed = createEventFeed(2);
    feed.publish([event('a'), event('b'), event('c'), event('d'), event('e')]);
    const url = await serve(feed);

    const { ids, text } = await read(url, 1, { 'last-event-id': 'a' }, () =>
      setTimeout(() => feed.publish([event('f')]), 50),
    );

    expect(text).toContain(': a is not among the kept events');
    expect(ids).toEqual(['f']);
  });
});
