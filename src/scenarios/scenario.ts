// What an operation needs before it can be called with success (a user to read, an item to
// restore) and the errors only data can provoke, written once per operation beside its handler
// (src/handlers/<operationId>.scenarios.ts) and read by the bench, the fidelity table and the
// contract suite alike, so that none of them keeps a list of operations.

/** A request as a client sends it: the path with its query, already encoded. */
export interface ApiRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface ApiReply {
  status: number;
  /** By lower-case name. */
  headers: Record<string, string>;
  /** Parsed JSON, the text when it is not JSON, undefined when empty. */
  body: unknown;
}

/** The API as a suite lets a scenario call it: as a caller of the admins group, unless told otherwise. */
export interface Api {
  send(request: ApiRequest): Promise<ApiReply>;
  /** A fresh, valid email address for `tag`, unique to this call. */
  email(tag: string): string;
}

/** Parts of a request that replace the spec's examples (path and query parameters, headers, the body). */
export interface Parts {
  path?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** A JSON value; `raw` sends this text instead (with the content-type in `headers`). */
  body?: unknown;
  raw?: string;
}

/** Makes, through `api`, what `count` calls need; returns the parts of the n-th call (0 ≤ n < count). */
export type Prepare = (api: Api, count: number) => Promise<(n: number) => Parts>;

export interface ErrorScenario {
  /** The documented status the request must get. */
  status: number;
  /** Reads as behaviour: "refuses an email already taken in another letter case". */
  name: string;
  /** Sent by a caller outside the admins group; a suite without one skips the scenario. */
  as?: 'user';
  make(api: Api): Promise<Parts & { expectHeaders?: Record<string, string> }>;
}

export interface Scenarios {
  /**
   * What successful calls need; without it, the spec's examples are sent as they are. Calls differ
   * only in what must be unique (emails, keys, ids): the fidelity table compares one with its twin.
   */
  success?: Prepare;
  /** The bench's load when it differs from `success` (a listing with a full page, say). */
  load?: Prepare;
  /** Added to the bench's label "METHOD /path", e.g. "a page of 20". */
  note?: string;
  /** The operation's weight in the bench's cost mix, in requests per hundred; DEFAULT_WEIGHT without it. */
  weight?: number;
  /** Documented errors that need data or a particular request, each provoked as a client would. */
  errors?: ErrorScenario[];
}

/** An operation whose scenarios state no weight counts as this many requests per hundred in the cost mix. */
export const DEFAULT_WEIGHT = 1;

/** The same parts for every call. */
export const always =
  (parts: Parts = {}): Prepare =>
  async () =>
  () =>
    parts;
