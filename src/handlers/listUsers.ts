// GET /users: a page of users, newest first, or the one user with an email.
import { ValidationFailed } from '../errors.js';
import { InvalidCursorError } from '../store/errors.js';
import type { Deps, Handler } from './types.js';

export const listUsers =
  (deps: Deps): Handler<'listUsers'> =>
  async ({ query }) => {
    if (query.email !== undefined) {
      const user = await deps.users.findByEmail(query.email.toLowerCase());
      return { status: 200, body: { items: user ? [user] : [] } };
    }
    try {
      return { status: 200, body: await deps.users.list({ limit: query.limit, cursor: query.cursor }) };
    } catch (err) {
      if (err instanceof InvalidCursorError) {
        throw new ValidationFailed([{ path: '/query/cursor', message: 'is not a cursor this API issued' }]);
      }
      throw err;
    }
  };
