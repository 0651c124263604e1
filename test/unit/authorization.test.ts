// Who may call what, operation by operation: 401 without a caller on a secured
// operation, 403 with the rule that refused, and nothing for open operations.
import { describe, expect, it } from 'vitest';
import { authorize } from '../../src/http/authorization.js';
import { Forbidden, Unauthorized } from '../../src/http/problems.js';

const admin = { sub: 'root', groups: ['admins'] };
const user = { sub: 'u-1', groups: ['editors'] };
const ADMINS_ONLY = 'This needs the admins group.';
const ADMINS_OR_SELF = 'This needs the admins group, or to be the user concerned.';

function outcome(fn: () => void): string {
  try {
    fn();
    return 'allowed';
  } catch (err) {
    if (err instanceof Forbidden) return `403 ${err.detail}`;
    if (err instanceof Unauthorized) return `401 ${err.detail}`;
    throw err;
  }
}

describe('authorize', () => {
  it('lets anyone call getHealth, with or without a caller', () => {
    expect(outcome(() => authorize('getHealth', undefined, {}))).toBe('allowed');
  });

  it.each(['createItem', 'createItems', 'listItems', 'getItem', 'updateItem', 'deleteItem', 'restoreItem'] as const)(
    'lets any caller call %s (items are scoped by owner), and no one without a token',
    (id) => {
      expect(outcome(() => authorize(id, user, { itemId: 'x' }))).toBe('allowed');
      expect(outcome(() => authorize(id, undefined, {}))).toBe('401 Send a bearer token in the Authorization header.');
    },
  );

  it.each(['createUser', 'listUsers', 'deleteUser'] as const)('keeps %s to admins', (id) => {
    expect(outcome(() => authorize(id, admin, { userId: 'u-1' }))).toBe('allowed');
    expect(outcome(() => authorize(id, user, { userId: 'u-1' }))).toBe(`403 ${ADMINS_ONLY}`);
  });

  it.each(['getUser', 'updateUser'] as const)('lets admins and the user concerned call %s', (id) => {
    expect(outcome(() => authorize(id, admin, { userId: 'other' }))).toBe('allowed');
    expect(outcome(() => authorize(id, user, { userId: 'u-1' }))).toBe('allowed');
    expect(outcome(() => authorize(id, user, { userId: 'other' }))).toBe(`403 ${ADMINS_OR_SELF}`);
  });

  it('does not take a group name that merely contains "admins"', () => {
    const lookalike = { sub: 'x', groups: ['not-admins', 'admins-readonly'] };
    expect(outcome(() => authorize('listUsers', lookalike, {}))).toBe(`403 ${ADMINS_ONLY}`);
  });
});
