// POST /users: a new user with a server-made id; the email must be free in any case.
import type { User } from '../store/users.js';
import { etagOf } from './etag.js';
import type { Deps, Handler } from './types.js';

export const createUser =
  (deps: Deps): Handler<'createUser'> =>
  async ({ body, caller, correlationId }) => {
    const now = deps.clock().toISOString();
    const user: User = {
      userId: deps.userIds(),
      name: body.name.trim(),
      email: body.email.toLowerCase(),
      ...(body.age === undefined ? {} : { age: body.age }),
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await deps.users.create(user, { caller: caller?.sub, correlationId }); // a taken email becomes a 409 (src/http/problems.ts)
    return { status: 201, body: user, headers: { location: `/users/${user.userId}`, etag: etagOf(user) } };
  };
