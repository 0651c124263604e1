// Entity tags of versioned resources, and If-Match as RFC 9110 §13.1.1 reads it.
import { ValidationFailed } from '../errors.js';

export const etagOf = (resource: { version: number }): string => `"${resource.version}"`;

const ENTITY_TAG = /^(W\/)?"([\x21\x23-\x7E]*)"$/;

/**
 * Whether an If-Match header value matches the version. `*` matches any existing
 * resource; weak tags never match, since If-Match uses strong comparison.
 */
export function ifMatchAllows(header: string, version: number): boolean {
  const value = header.trim();
  if (value === '*') return true;
  const tags = value.split(',').map((t) => t.trim());
  const parsed = tags.map((tag) => ENTITY_TAG.exec(tag));
  if (parsed.some((m) => m === null)) {
    throw new ValidationFailed([
      { path: '/headers/If-Match', message: 'must be * or a list of quoted entity tags, like "3"' },
    ]);
  }
  return parsed.some((m) => m && !m[1] && m[2] === String(version));
}
