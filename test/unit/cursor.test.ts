// List cursors are opaque, signed, and refused when altered or foreign.
import { createHmac } from 'node:crypto';
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

  it('is the JSON payload followed by the first 16 bytes of its HMAC-SHA256', () => {
    const payload = Buffer.from(JSON.stringify({ v: 1, p: position }), 'utf8');
    const mac = createHmac('sha256', secret).update(payload).digest().subarray(0, 16);

    const raw = Buffer.from(encodeCursor(position, secret), 'base64url');

    expect(raw.length).toBe(payload.length + 16);
    expect(raw.subarray(0, payload.length).toString('utf8')).toBe(`{"v":1,"p":"${position}"}`);
    expect(raw.subarray(payload.length)).toEqual(mac);
  });

  it('refuses a cursor whose MAC is cut short, even when the short MAC is right', () => {
    const payload = Buffer.from(JSON.stringify({ v: 1, p: position }), 'utf8');
    const full = createHmac('sha256', secret).update(payload).digest();
    for (const bytes of [1, 2, 4, 8, 15]) {
      const short = Buffer.concat([payload, full.subarray(0, bytes)]).toString('base64url');
      expect(() => decodeCursor(short, secret), `${bytes} bytes`).toThrow(InvalidCursorError);
    }
  });

  it('refuses a signed payload of another version or without a string position', () => {
    for (const body of [{ v: 2, p: position }, { v: 1, p: 5 }, { v: 1 }, null, 'x']) {
      const payload = Buffer.from(JSON.stringify(body), 'utf8');
      const mac = createHmac('sha256', secret).update(payload).digest().subarray(0, 16);
      const cursor = Buffer.concat([payload, mac]).toString('base64url');
      expect(() => decodeCursor(cursor, secret), JSON.stringify(body)).toThrow('unknown version');
    }
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

  it.each([
    ['', 'not base64url'],
    ['abc$', 'not base64url'],
    ['$abc', 'not base64url'],
    ['A', 'not canonical base64url'],
    ['AAAAAAAAAAAAAAAAAAAAAA', 'too short'], // 16 bytes: a MAC and nothing signed
    [Buffer.from('{"v":1,"p":"a-longer-position"}').toString('base64url'), 'signature mismatch'],
  ])('refuses %j (%s)', (cursor, reason) => {
    expect(() => decodeCursor(cursor, secret)).toThrow(InvalidCursorError);
    expect(() => decodeCursor(cursor, secret)).toThrow(reason);
  });

  it('refuses a signed payload that is not JSON as unreadable', () => {
    const payload = Buffer.from('not json', 'utf8');
    const mac = createHmac('sha256', secret).update(payload).digest().subarray(0, 16);
    const cursor = Buffer.concat([payload, mac]).toString('base64url');

    expect(() => decodeCursor(cursor, secret)).toThrow(InvalidCursorError);
    expect(() => decodeCursor(cursor, secret)).toThrow('unreadable payload');
  });
});
