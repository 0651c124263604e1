// Checks one HTTP exchange against the spec: the status is documented for the
// operation, the media type is a documented one, the body validates against that
// response's schema (Ajv + ajv-formats), and the headers are there and well-formed.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { type JsonSchema, operation } from './spec.js';

/** One response as the tests see it; `body` is parsed JSON, or the text when it is not JSON. */
export interface Exchange {
  status: number;
  headers: Headers;
  body: unknown;
}

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv);
// OpenAPI's annotations inside schemas that JSON Schema (draft-07) does not define.
ajv.addVocabulary(['example', 'xml', 'externalDocs', 'discriminator']);

const compiled = new WeakMap<JsonSchema, ValidateFunction>();

/** Drops specification extensions (`x-*`), which Ajv's strict mode would refuse. */
function withoutExtensions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutExtensions);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !key.startsWith('x-'))
      .map(([key, value]) => [key, withoutExtensions(value)]),
  );
}

export function validatorOf(schema: JsonSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(withoutExtensions(schema) as JsonSchema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** Schema errors of `value`, one line each; empty when it conforms. */
export function schemaErrors(schema: JsonSchema, value: unknown, where: string): string[] {
  const validate = validatorOf(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${where}${e.instancePath} ${e.message ?? e.keyword}`);
}

// CORS headers depend on the request's Origin (these tests send none); every other
// documented header is promised on its response (DESIGN.md, "Conventions on the wire"),
// unless the spec writes `required: false` on it (a header that only echoes the request).
const CONDITIONAL_HEADER = /^access-control-/;

function headerValue(schema: JsonSchema, raw: string): unknown {
  return schema.type === 'integer' || schema.type === 'number' ? Number(raw) : raw;
}

/**
 * Everything in `exchange` that the spec does not allow for `operationId`, one line
 * each: an empty list means the response honours the contract.
 */
export function contractViolations(operationId: string, exchange: Exchange): string[] {
  const op = operation(operationId);
  const documented = op.responses.find((r) => r.status === exchange.status);
  if (!documented) {
    const statuses = op.responses.map((r) => r.status).join(', ');
    return [`status ${exchange.status} is not documented for ${operationId} (${statuses}): ${show(exchange.body)}`];
  }
  const violations: string[] = [];
  for (const [name, header] of Object.entries(documented.headers)) {
    const raw = exchange.headers.get(name);
    if (raw === null) {
      const optional = header.required === false || CONDITIONAL_HEADER.test(name);
      if (header.required === true || !optional) violations.push(`header ${name} is missing`);
      continue;
    }
    violations.push(...schemaErrors(header.schema, headerValue(header.schema, raw), `header ${name}`));
  }
  const mediaTypes = Object.keys(documented.content);
  if (mediaTypes.length === 0) {
    if (exchange.body !== undefined && exchange.body !== '')
      violations.push(`body should be empty: ${show(exchange.body)}`);
    return violations;
  }
  const contentType = (exchange.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const media = documented.content[contentType];
  if (!media) return [...violations, `content type "${contentType}" is not one of ${mediaTypes.join(', ')}`];
  violations.push(...schemaErrors(media.schema, exchange.body, 'body'));
  return violations;
}

function show(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text === undefined ? '(no body)' : text.slice(0, 500);
}
