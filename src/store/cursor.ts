// Opaque list cursors: base64url of a small JSON payload followed by a truncated
// HMAC, so a cursor the service did not issue (or one that was altered) is refused.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidCursorError } from './errors.js';

const MAC_BYTES = 16;

function mac(secret: string, payload: Buffer): Buffer {
  return createHmac('sha256', secret).update(payload).digest().subarray(0, MAC_BYTES);
}

export function encodeCursor(position: string, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ v: 1, p: position })); // UTF-8
  return Buffer.concat([payload, mac(secret, payload)]).toString('base64url');
}

/** The position a cursor carries; throws InvalidCursorError for anything else. */
export function decodeCursor(cursor: string, secret: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new InvalidCursorError('not base64url');
  const raw = Buffer.from(cursor, 'base64url');
  // Only the canonical spelling: the spare bits of a last character would otherwise let
  // an altered cursor decode to the same bytes.
  if (raw.toString('base64url') !== cursor) throw new InvalidCursorError('not canonical base64url');
  if (raw.length <= MAC_BYTES) throw new InvalidCursorError('too short');
  const payload = raw.subarray(0, raw.length - MAC_BYTES);
  if (!timingSafeEqual(raw.subarray(raw.length - MAC_BYTES), mac(secret, payload))) {
    throw new InvalidCursorError('signature mismatch');
  }
  // Signed by us, so well-formed unless the format changed between versions.
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload.toString('utf8'));
  } catch {
    throw new InvalidCursorError('unreadable payload');
  }
  const { v, p } = (parsed ?? {}) as { v?: unknown; p?: unknown };
  if (v !== 1 || typeof p !== 'string') throw new InvalidCursorError('unknown version');
  return p;
}
