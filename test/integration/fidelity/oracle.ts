// What the imported API document says API Gateway answers to a request: read from the
// document directly (paths, security, validators, integrations, gateway response
// templates), independently of the local gateway's emulator, so the fidelity suite
// compares the emulator with the document rather than with itself.
import velocity from 'velocityjs';
import type { JsonObject } from '../../../infra/spec/models.js';

export interface OracleRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** The caller's token as the test made it; the oracle knows what Cognito would make of it. */
export type TokenKind = 'none' | 'valid' | 'expired' | 'forged';

/** API Gateway's own messages ($context.error.message), from AWS's documentation and observed answers. */
export const AWS_MESSAGES = {
  MISSING_AUTHENTICATION_TOKEN: 'Missing Authentication Token',
  UNAUTHORIZED: 'Unauthorized',
  EXPIRED: 'The incoming token has expired',
  THROTTLED: 'Too Many Requests',
  BAD_REQUEST_BODY: 'Invalid request body',
} as const;

export type Expected =
  | { by: 'gateway'; responseType: string; render(requestId: string): Answer }
  | { by: 'mock'; render(requestId: string): Answer }
  | { by: 'function'; resource: string; pathParameters: Record<string, string> };

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const obj = (v: unknown): JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : {};

function header(req: OracleRequest, name: string): string | undefined {
  return Object.entries(req.headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
}

/** Literal segments first: the resource template matching the path, with its parameters. */
function route(doc: JsonObject, path: string): { template: string; params: Record<string, string> } | undefined {
  const templates = Object.keys(obj(doc.paths)).sort(
    (a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0),
  );
  for (const template of templates) {
    const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
    const match = new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`).exec(path);
    if (match) return { template, params: Object.fromEntries(names.map((n, i) => [n, match[i + 1] as string])) };
  }
  return undefined;
}

/** A gateway response as its template and mappings in the document make it. */
export function gatewayAnswer(doc: JsonObject, type: string, message: string, req: OracleRequest) {
  const def = obj(obj(doc['x-amazon-apigateway-gateway-responses'])[type]);
  return (requestId: string): Answer => {
    const headers: Record<string, string> = {};
    for (const [key, source] of Object.entries(obj(def.responseParameters))) {
      const name = key.replace('gatewayresponse.header.', '');
      const value = String(source).startsWith("'")
        ? String(source).slice(1, -1)
        : header(req, String(source).replace('method.request.header.', ''));
      if (value !== undefined) headers[name] = value;
    }
    const template = String(obj(def.responseTemplates)['application/json']);
    return {
      status: Number(def.statusCode),
      headers,
      body: template
        .replace('$context.error.messageString', JSON.stringify(message))
        .replace('$context.requestId', requestId),
    };
  };
}

/** A mock integration's default response: its static headers and its VTL template. */
function mockAnswer(method: JsonObject, template: string, req: OracleRequest) {
  const response = obj(obj(obj(method['x-amazon-apigateway-integration']).responses).default);
  return (requestId: string): Answer => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    for (const [key, value] of Object.entries(obj(response.responseParameters))) {
      headers[key.replace('method.response.header.', '')] = String(value).slice(1, -1);
    }
    const override = { header: {} as Record<string, string> };
    const raw = Object.fromEntries(Object.entries(req.headers));
    const body = velocity.render(String(obj(response.responseTemplates)['application/json'] ?? ''), {
      context: { requestId, httpMethod: req.method, resourcePath: template, responseOverride: override },
      input: { params: () => ({ header: { get: (n: string) => raw[n] ?? '' } }) },
    });
    return { status: Number(response.statusCode), headers: { ...headers, ...override.header }, body: body.trim() };
  };
}

export function expectedAnswer(doc: JsonObject, req: OracleRequest, token: TokenKind): Expected {
  const found = route(doc, new URL(req.path, 'http://localhost').pathname);
  const item = found ? obj(obj(doc.paths)[found.template]) : {};
  const method = obj(item[req.method.toLowerCase()] ?? item['x-amazon-apigateway-any-method']);
  if (!found || Object.keys(method).length === 0) {
    const type = 'MISSING_AUTHENTICATION_TOKEN';
    return { by: 'gateway', responseType: type, render: gatewayAnswer(doc, type, AWS_MESSAGES[type], req) };
  }
  const security = Array.isArray(method.security) ? method.security : [];
  if (security.length > 0 && token !== 'valid') {
    const message = token === 'expired' ? AWS_MESSAGES.EXPIRED : AWS_MESSAGES.UNAUTHORIZED;
    return { by: 'gateway', responseType: 'UNAUTHORIZED', render: gatewayAnswer(doc, 'UNAUTHORIZED', message, req) };
  }
  const validatorName = method['x-amazon-apigateway-request-validator'] ?? doc['x-amazon-apigateway-request-validator'];
  if (validatorName !== undefined) {
    // This document names none (docs/architecture.md); the emulator's validators are unit-tested.
    throw new Error(`the oracle does not evaluate request validators (${String(validatorName)})`);
  }
  if (obj(method['x-amazon-apigateway-integration']).type === 'mock') {
    return { by: 'mock', render: mockAnswer(method, found.template, req) };
  }
  return { by: 'function', resource: found.template, pathParameters: found.params };
}
