// List cursors are opaque, signed, and refused when altered or foreign.
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/store/cursor.js';
import { InvalidCursorError } from '../../src/store/errors.js';

const secret = 's'.repeat(32);
const position = '2026-11-24T08:00:00.000Z#0b5f5b1e-3c2a-4d8e-9f3b-1a2b3c4d5e6f';

describe('cursors', () => {
  it('round-trips a position as base64url', () => {
    const cursor = encodeCursor(position, secret);

    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, secret)).toBe(position);
  });

  it('refuses a cursor signed with another secret', () => {
    const cursor = encodeCursor(position, 'o'.repeat(32));
    expect(() => decodeCursor(cursor, secret)).toThrow(InvalidCursorError);
  });

  it('refuses every single-character alteration, including of the spare bits of the last character', () => {
    // Positions of different lengths, so the last character carries 0, 2 or 4 spare bits.
    for (const suffix of ['', 'x', 'xy']) {
      const cursor = encodeCursor(position + suffix, secret);
      for (let i = 0; i < cursor.length; i++) {
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
        for (const replacement of i === cursor.length - 1 ? alphabet : 'AQgw') {
          if (cursor[i] === replacement) continue;
          const altered = cursor.slice(0, i) + replacement + cursor.slice(i + 1);
          expect(() => decodeCursor(altered, secret), `${altered} (position ${i})`).toThrow(InvalidCursorError);
        }
      }
    }
  });

  it.each(['', 'A', 'abc$', Buffer.from('{"v":1,"p":"x"}').toString('base64url')])('refuses %j', (cursor) => {
    expect(() => decodeCursor(cursor, secret)).toThrow(InvalidCursorError);
  });
});
