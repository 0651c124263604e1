// If-Match as RFC 9110 defines it: strong comparison, lists, and `*`.
import { describe, expect, it } from 'vitest';
import { etagOf, ifMatchAllows } from '../../src/handlers/etag.js';
import { ValidationFailed } from '../../src/http/problems.js';

describe('ETags', () => {
  it('quote the version', () => {
    expect(etagOf({ version: 3 })).toBe('"3"');
  });

  it.each([
    ['"3"', true],
    ['"2", "3"', true],
    ['*', true],
    ['"4"', false],
    ['W/"3"', false],
    ['""', false],
  ])('If-Match %s against version 3 → %s', (header, expected) => {
    expect(ifMatchAllows(header, 3)).toBe(expected);
  });

  it.each(['3', '"3', 'W/3', '"3",, "4"'])('rejects the malformed If-Match %s', (header) => {
    expect(() => ifMatchAllows(header, 3)).toThrow(ValidationFailed);
  });
});
