// Turns the raw parts of a request into validated handler input: correlation id,
// content type, JSON body, and the precompiled validators' errors as field errors.
import { randomUUID } from 'node:crypto';
import type { ValidationError } from '../../generated/validator-types.js';
import { BadRequest, type FieldError, PayloadTooLarge, UnsupportedMediaType } from './problems.js';

export const MAX_BODY_BYTES = 100 * 1024;

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's correlation id when it is safe to echo and log, else a new one. */
export function correlationIdOf(header: string | undefined, fallback?: string): string {
  if (header !== undefined && CORRELATION_ID.test(header)) return header;
  return fallback && CORRELATION_ID.test(fallback) ? fallback : randomUUID();
}

/** application/json or any +json type, in UTF-8 (JSON's only interchange encoding). */
function isJson(contentType: string): boolean {
  const [type = '', ...params] = contentType.toLowerCase().split(';');
  const mime = type.trim();
  if (mime !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(mime)) return false;
  const charset = params.map((p) => p.trim()).find((p) => p.startsWith('charset='));
  return charset === undefined || charset.replace(/"/g, '') === 'charset=utf-8';
}

/** Reads a JSON body: 413 over the limit, 415 when not sent as JSON, 400 when malformed. */
export function parseJsonBody(raw: string | null | undefined, contentType: string | undefined): unknown {
  if (raw === null || raw === undefined || raw.length === 0) return undefined;
  const bytes = Buffer.byteLength(raw); // UTF-8 bytes
  if (bytes > MAX_BODY_BYTES) {
    throw new PayloadTooLarge(`The body is ${bytes} bytes; the limit is ${MAX_BODY_BYTES}.`);
  }
  if (contentType === undefined || !isJson(contentType)) {
    throw new UnsupportedMediaType(
      `Send the body as application/json${contentType ? `, not ${contentType.split(';')[0]}` : ' (Content-Type is missing)'}.`,
    );
  }
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new BadRequest(`The body is not valid JSON: ${(err as Error).message}`);
  }
}

const escapePointer = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

/** Ajv errors as `{ path, message }`, the path prefixed with where the data was. */
function toFieldError(e: ValidationError, prefix: string): FieldError {
  const at = prefix + e.instancePath;
  if (e.keyword === 'required') {
    return { path: `${at}/${escapePointer(String(e.params.missingProperty))}`, message: 'is required' };
  }
  if (e.keyword === 'additionalProperties') {
    return { path: `${at}/${escapePointer(String(e.params.additionalProperty))}`, message: 'is not allowed' };
  }
  return { path: at || '/', message: e.message ?? `fails ${e.keyword}` };
}

/** One entry per failing field (its first failure, e.g. "must be integer" before "must match format"). */
export function toFieldErrors(errors: readonly ValidationError[], prefix = ''): FieldError[] {
  const byPath = new Map<string, FieldError>();
  for (const e of errors) {
    const field = toFieldError(e, prefix);
    if (!byPath.has(field.path)) byPath.set(field.path, field);
  }
  return [...byPath.values()];
}
