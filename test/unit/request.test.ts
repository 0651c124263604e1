// Body parsing, content types, correlation ids and Ajv error mapping.
import { describe, expect, it } from 'vitest';
import { BadRequest, PayloadTooLarge, UnsupportedMediaType } from '../../src/http/problems.js';
import { correlationIdOf, MAX_BODY_BYTES, parseJsonBody, toFieldErrors } from '../../src/http/request.js';

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

  it('answers 400 for malformed JSON, saying so', () => {
    expect(() => parseJsonBody('{"a":', 'application/json')).toThrow(BadRequest);
    expect(() => parseJsonBody('{"a":', 'application/json')).toThrow(/^The body is not valid JSON: ./);
  });

  it.each([
    'application/json ; charset=utf-8',
    'application/json; foo=bar; charset=utf-8',
    'application/json; charset="utf-8"',
    'Application/Problem+JSON',
  ])('takes %j as JSON', (type) => {
    expect(parseJsonBody('{"a":1}', type)).toEqual({ a: 1 });
  });

  it.each(['xapplication/foo+json', 'application/foo+jsonx', 'text/application/foo+json'])(
    'answers 415 for the look-alike %j',
    (type) => {
      expect(() => parseJsonBody('{}', type)).toThrow(UnsupportedMediaType);
    },
  );

  it('says which content type it refused, or that there was none', () => {
    expect(() => parseJsonBody('{}', 'text/plain; charset=utf-8')).toThrow(
      'Send the body as application/json, not text/plain.',
    );
    expect(() => parseJsonBody('{}', undefined)).toThrow(
      'Send the body as application/json (Content-Type is missing).',
    );
  });

  it('treats an undefined body as absent', () => {
    expect(parseJsonBody(undefined, undefined)).toBeUndefined();
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
    expect(() => parseJsonBody(oneOver, 'application/json')).toThrow('The body is 102401 bytes; the limit is 102400.');
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

  it('escapes ~ in names, keeps the first failure per field, and names the root "/"', () => {
    const errors = toFieldErrors([
      { instancePath: '', keyword: 'additionalProperties', params: { additionalProperty: 'a~b' }, message: 'x' },
      { instancePath: '/age', keyword: 'type', params: {}, message: 'must be integer' },
      { instancePath: '/age', keyword: 'maximum', params: {}, message: 'must be <= 150' },
      { instancePath: '', keyword: 'type', params: {}, message: 'must be object' },
      { instancePath: '/name', keyword: 'pattern', params: {} },
    ]);

    expect(errors).toEqual([
      { path: '/a~0b', message: 'is not allowed' },
      { path: '/age', message: 'must be integer' },
      { path: '/', message: 'must be object' },
      { path: '/name', message: 'fails pattern' },
    ]);
  });
});
