// POST /users: a new user with a server-made id; the email must be free in any case.
import { Conflict } from '../errors.js';
import { EmailTakenError } from '../store/errors.js';
import type { User } from '../store/users.js';
import { etagOf } from './etag.js';
import type { Deps, Handler } from './types.js';

export const emailTaken = (email: string) =>
  new Conflict(`The email ${email} belongs to another user.`, 'urn:problem:email-taken');

export const createUser =
  (deps: Deps): Handler<'createUser'> =>
  async ({ body }) => {
    const now = deps.clock().toISOString();
    const user: User = {
      userId: deps.ids(),
      name: body.name.trim(),
      email: body.email.toLowerCase(),
      ...(body.age === undefined ? {} : { age: body.age }),
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    try {
      await deps.users.create(user);
    } catch (err) {
      if (err instanceof EmailTakenError) throw emailTaken(user.email);
      throw err;
    }
    return { status: 201, body: user, headers: { location: `/users/${user.userId}`, etag: etagOf(user) } };
  };
