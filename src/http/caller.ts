// Who is calling: read from the claims API Gateway's Cognito authorizer puts in
// requestContext.authorizer.claims (every value a string), which the local
// gateway fills the same way.
import type { SecurityGroup } from '../../generated/operations.js';

export interface Caller {
  sub: string;
  groups: string[];
}

/** The admins' group; typed by openapi.yaml's x-groups, so a group the spec drops is a compile error. */
export const ADMIN_GROUP: SecurityGroup = 'admins';

/**
 * `cognito:groups` arrives as a string: one name, comma-separated names, or
 * `[a b]` (API Gateway's rendering of a JSON array); raw arrays are accepted too.
 */
export function parseGroups(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String).filter(Boolean);
  if (typeof value !== 'string') return [];
  const text = value.trim();
  const list = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1).split(/[\s,]+/) : text.split(',');
  return list.map((g) => g.trim()).filter(Boolean);
}

export function callerFromClaims(claims: Record<string, unknown> | null | undefined): Caller | undefined {
  const sub = claims?.sub;
  if (typeof sub !== 'string' || sub.length === 0) return undefined;
  return { sub, groups: parseGroups(claims?.['cognito:groups']) };
}
