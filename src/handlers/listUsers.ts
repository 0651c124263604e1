// GET /users: a page of users, newest first, or the one user with an email.
import type { Deps, Handler } from './types.js';

export const listUsers =
  (deps: Deps): Handler<'listUsers'> =>
  async ({ query }) => {
    if (query.email !== undefined) {
      const user = await deps.users.findByEmail(query.email.toLowerCase());
      return { status: 200, body: { items: user ? [user] : [] } };
    }
    return { status: 200, body: await deps.users.list({ limit: query.limit, cursor: query.cursor }) };
  };
