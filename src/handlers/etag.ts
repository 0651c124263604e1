// Entity tags of versioned resources, and If-Match as RFC 9110 §13.1.1 reads it.
import { ValidationFailed } from '../http/problems.js';

export const etagOf = (resource: { version: number }): string => `"${resource.version}"`;

const ENTITY_TAG = /^(W\/)?"([\x21\x23-\x7E]*)"$/;

/**
 * The versions an If-Match header accepts: `undefined` for `*` (any existing
 * resource). Weak tags accept nothing, since If-Match uses strong comparison.
 */
export function acceptedVersions(header: string): number[] | undefined {
  const value = header.trim();
  if (value === '*') return undefined;
  const parsed = value.split(',').map((tag) => ENTITY_TAG.exec(tag.trim()));
  if (parsed.some((m) => m === null)) {
    throw new ValidationFailed([
      { path: '/headers/If-Match', message: 'must be * or a list of quoted entity tags, like "3"' },
    ]);
  }
  return parsed.flatMap((m) => (m && !m[1] && /^\d{1,10}$/.test(m[2] ?? '') ? [Number(m[2])] : []));
}

/** Whether an If-Match header value matches the version. */
export function ifMatchAllows(header: string, version: number): boolean {
  return acceptedVersions(header)?.includes(version) ?? true;
}
