// Domain events of the local stage, fanned out in process to the server-sent-events route
// (GET /_events); the last few thousand are kept so a client resumes with Last-Event-ID.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What the feed needs of an event: its stable id and its type; the rest is sent as it is. */
export interface FeedEvent {
  readonly id: string;
  readonly type: string;
}

type Listener = (events: readonly FeedEvent[]) => void;

export interface EventFeed {
  publish(events: readonly FeedEvent[]): void;
  /** Calls `listener` with each published batch until the returned function is called. */
  subscribe(listener: Listener): () => void;
  /** The kept events after the one with `id`, or undefined when it is not (or no longer) kept. */
  after(id: string): readonly FeedEvent[] | undefined;
}

export function createEventFeed(keep = 5_000): EventFeed {
  const listeners = new Set<Listener>();
  let history: FeedEvent[] = [];
  return {
    publish(events) {
      history.push(...events);
      if (history.length > keep * 2) history = history.slice(-keep);
      for (const listener of listeners) listener(events);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    after(id) {
      const at = history.findLastIndex((e) => e.id === id);
      return at < 0 ? undefined : history.slice(at + 1);
    },
  };
}

/** The feed of `npm start`: its stream runner publishes here and the gateway's /_events reads it. */
export const localEventFeed = createEventFeed();

const HEARTBEAT_MS = 15_000;

const frame = (event: FeedEvent) => `id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`;

/**
 * Server-sent events (https://html.spec.whatwg.org/multipage/server-sent-events.html): one
 * message per domain event, its id the event id. `?type=A,B` keeps those types only; a
 * Last-Event-ID header (or `?lastEventId=`) replays the kept events after that one first.
 */
export function serveEventStream(req: IncomingMessage, res: ServerResponse, feed: EventFeed = localEventFeed): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const types = url.searchParams.get('type')?.split(',').filter(Boolean);
  const wanted = (event: FeedEvent) => !types || types.includes(event.type);
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const send = (events: readonly FeedEvent[]) => {
    const text = events.filter(wanted).map(frame).join('');
    if (text) res.write(text);
  };
  res.write(': events of the local stage\nretry: 1000\n\n');
  const resumeFrom = req.headers['last-event-id'] ?? url.searchParams.get('lastEventId');
  if (typeof resumeFrom === 'string' && resumeFrom) {
    const missed = feed.after(resumeFrom);
    if (missed) send(missed);
    else res.write(`: ${resumeFrom} is not among the kept events; the log in the data dir has them all\n\n`);
  }
  const unsubscribe = feed.subscribe(send);
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  res.once('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
