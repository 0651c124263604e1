// Valid requests built from the spec's own examples (parameter examples, the first
// request body example), and the raw HTTP request a set of parts becomes.
import type { OperationSpec, Parameter } from './spec.js';
import type { RawRequest } from './target.js';

export interface RequestParts {
  path: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Absent: no body is sent. */
  body?: unknown;
}

function exampleOf(param: Parameter): string {
  const value = param.example ?? param.schema.example ?? param.schema.default;
  if (value === undefined) throw new Error(`parameter ${param.name} needs an example in the spec`);
  return String(value);
}

/**
 * The smallest valid request: required parameters (path parameters always) from
 * their examples, and the first example of a JSON body when the operation takes one.
 */
export function validParts(op: OperationSpec): RequestParts {
  const parts: RequestParts = { path: {}, query: {}, headers: {} };
  for (const param of op.parameters) {
    if (param.in === 'path') parts.path[param.name] = exampleOf(param);
    else if (param.required && param.in === 'query') parts.query[param.name] = exampleOf(param);
    else if (param.required && param.in === 'header') parts.headers[param.name] = exampleOf(param);
  }
  const json = op.requestBody?.content['application/json'];
  if (json) {
    const example = json.examples[0];
    if (!example) throw new Error(`${op.operationId} needs a request body example in the spec`);
    parts.body = structuredClone(example.value);
  }
  return parts;
}

export function toRawRequest(op: OperationSpec, parts: RequestParts): RawRequest {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(parts.path[name] ?? ''));
  const query = new URLSearchParams(parts.query).toString();
  const headers = { ...parts.headers };
  if (parts.body !== undefined) headers['content-type'] = 'application/json';
  return {
    method: op.method.toUpperCase(),
    path: query ? `${path}?${query}` : path,
    headers,
    ...(parts.body === undefined ? {} : { body: JSON.stringify(parts.body) }),
  };
}
