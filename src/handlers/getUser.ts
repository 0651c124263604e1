// GET /users/{userId}: one user with its ETag, or a 404 problem.
import { NotFound } from '../http/problems.js';
import { etagOf } from './etag.js';
import type { Deps, Handler } from './types.js';

export const userNotFound = (userId: string) => new NotFound(`User ${userId} does not exist.`);

export const getUser =
  (deps: Pick<Deps, 'users'>): Handler<'getUser'> =>
  async ({ path }) => {
    const user = await deps.users.get(path.userId);
    if (!user) throw userNotFound(path.userId);
    return { status: 200, body: user, headers: { etag: etagOf(user) } };
  };
