// Body parsing, content types, correlation ids and Ajv error mapping.
import { describe, expect, it } from 'vitest';
import { BadRequest, PayloadTooLarge, UnsupportedMediaType } from '../../src/errors.js';
import { correlationIdOf, MAX_BODY_BYTES, parseJsonBody, toFieldErrors } from '../../src/request.js';

describe('parseJsonBody', () => {
  it('parses JSON sent as application/json or a +json type', () => {
    expect(parseJsonBody('{"a":1}', 'application/json')).toEqual({ a: 1 });
    expect(parseJsonBody('[1]', 'application/merge-patch+json; charset=utf-8')).toEqual([1]);
  });

  it('treats an empty body as absent', () => {
    expect(parseJsonBody('', 'application/json')).toBeUndefined();
    expect(parseJsonBody(null, undefined)).toBeUndefined();
  });

  it.each([undefined, 'text/plain', 'application/jsonx', 'application/json; charset=utf-16'])(
    'answers 415 for the content type %s',
    (type) => {
      expect(() => parseJsonBody('{}', type)).toThrow(UnsupportedMediaType);
    },
  );

  it('answers 400 for malformed JSON', () => {
    expect(() => parseJsonBody('{"a":', 'application/json')).toThrow(BadRequest);
  });

  it('takes bodies up to 100 KB (102,400 bytes), the limit the spec documents', () => {
    const exactly = `"${'a'.repeat(102_400 - 2)}"`;

    expect(MAX_BODY_BYTES).toBe(102_400);
    expect(parseJsonBody(exactly, 'application/json')).toHaveLength(102_398);
  });

  it('answers 413 one byte past 100 KB, counting bytes, not characters', () => {
    const oneOver = `"${'a'.repeat(102_400 - 1)}"`;
    const multiByte = `"${'é'.repeat(51_200)}"`; // 51,200 characters, 102,402 bytes

    expect(() => parseJsonBody(oneOver, 'application/json')).toThrow(PayloadTooLarge);
    expect(() => parseJsonBody(multiByte, 'application/json')).toThrow(PayloadTooLarge);
  });
});

describe('correlationIdOf', () => {
  it('keeps a safe caller id, else the fallback, else a new UUID', () => {
    expect(correlationIdOf('abc-123', 'req')).toBe('abc-123');
    expect(correlationIdOf('bad id\r\nx', 'req-1')).toBe('req-1');
    expect(correlationIdOf(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('toFieldErrors', () => {
  it('names missing and unknown properties by their own path', () => {
    const errors = toFieldErrors(
      [
        { instancePath: '', keyword: 'required', params: { missingProperty: 'email' }, message: 'x' },
        { instancePath: '', keyword: 'additionalProperties', params: { additionalProperty: 'a/b' }, message: 'x' },
        { instancePath: '/age', keyword: 'maximum', params: {}, message: 'must be <= 150' },
      ],
      '/body',
    );

    expect(errors).toEqual([
      { path: '/body/email', message: 'is required' },
      { path: '/body/a~1b', message: 'is not allowed' },
      { path: '/body/age', message: 'must be <= 150' },
    ]);
  });
});
