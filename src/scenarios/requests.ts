// Requests made from the spec's own examples (a parameter's example, the first example of a
// JSON body), with a scenario's parts over them; and `call`, which a scenario uses to make the
// data it needs through another operation, requiring that operation's documented success.
import spec from '../../generated/openapi.json' with { type: 'json' };
import { type OperationId, operations } from '../../generated/operations.js';
import type { Api, ApiRequest, Parts } from './scenario.js';

type Node = Record<string, unknown>;
const document = spec as unknown as Node;

/** A local `$ref` followed to what it names. */
function deref(node: unknown): Node {
  const ref = (node as Node | undefined)?.$ref;
  if (typeof ref !== 'string') return (node ?? {}) as Node;
  return deref(
    ref
      .slice(2)
      .split('/')
      .reduce<unknown>((at, key) => (at as Node)[key], document),
  );
}

function operationNode(id: OperationId): { item: Node; op: Node } {
  const { path, method } = operations[id];
  const item = deref((document.paths as Node)[path]);
  return { item, op: deref(item[method]) };
}

interface Examples {
  path: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: unknown;
}

/** Required parameters (path parameters always) from their examples; the first JSON body example. */
export function exampleParts(id: OperationId): Examples {
  const { item, op } = operationNode(id);
  const parts: Examples = { path: {}, query: {}, headers: {} };
  for (const raw of [...((item.parameters ?? []) as unknown[]), ...((op.parameters ?? []) as unknown[])]) {
    const p = deref(raw);
    const schema = deref(p.schema);
    const value = p.example ?? schema.example ?? schema.default;
    const slot = {
      path: parts.path,
      query: p.required ? parts.query : undefined,
      header: p.required ? parts.headers : undefined,
    }[p.in as string];
    if (!slot) continue;
    if (value === undefined) throw new Error(`${id}: parameter ${p.name} needs an example in the spec`);
    slot[p.name as string] = String(value);
  }
  const json = (deref(op.requestBody).content as Node | undefined)?.['application/json'];
  if (json) parts.body = exampleBody(id, deref(json));
  return parts;
}

function exampleBody(id: OperationId, media: Node): unknown {
  const first = Object.values((media.examples ?? {}) as Node)[0];
  const value = first === undefined ? media.example : deref(first).value;
  if (value === undefined) throw new Error(`${id} needs a request body example in the spec`);
  return structuredClone(value);
}

/** The operation's request: the spec's examples, then `parts` over them. */
export function requestFor(id: OperationId, parts: Parts = {}): ApiRequest {
  const base = exampleParts(id);
  const pathParams = { ...base.path, ...parts.path };
  const path = operations[id].path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(pathParams[name] ?? ''),
  );
  const query = new URLSearchParams({ ...base.query, ...parts.query }).toString();
  const value = 'body' in parts ? parts.body : base.body;
  const body = parts.raw ?? (value === undefined ? undefined : JSON.stringify(value));
  const json: Record<string, string> =
    parts.raw === undefined && body !== undefined ? { 'content-type': 'application/json' } : {};
  return {
    method: operations[id].method.toUpperCase(),
    path: query ? `${path}?${query}` : path,
    headers: { ...base.headers, ...json, ...parts.headers },
    ...(body === undefined ? {} : { body }),
  };
}

/** Calls `id` as the scenario's caller and requires its documented success; returns the body. */
export async function call<T = Record<string, unknown>>(api: Api, id: OperationId, parts: Parts = {}): Promise<T> {
  const request = requestFor(id, parts);
  const reply = await api.send(request);
  if (!(operations[id].successStatuses as readonly number[]).includes(reply.status)) {
    const body = JSON.stringify(reply.body) ?? '';
    throw new Error(`setup ${id} (${request.method} ${request.path}) answered ${reply.status}: ${body.slice(0, 300)}`);
  }
  return reply.body as T;
}
