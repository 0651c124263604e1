// DELETE /users/{userId}: removes the user and frees their email.
import { Conflict } from '../errors.js';
import { StaleVersionError } from '../store/errors.js';
import { userNotFound } from './getUser.js';
import type { Deps, Handler } from './types.js';

const ATTEMPTS = 3;

export const deleteUser =
  (deps: Deps): Handler<'deleteUser'> =>
  async ({ path }) => {
    for (let attempt = 1; ; attempt++) {
      const current = await deps.users.get(path.userId);
      if (!current) throw userNotFound(path.userId);
      try {
        await deps.users.delete(current);
        return { status: 204, body: undefined };
      } catch (err) {
        // The user changed (its email, say) between read and delete: read again.
        if (!(err instanceof StaleVersionError)) throw err;
        if (attempt >= ATTEMPTS) throw new Conflict('The user is being changed by others; retry.');
      }
    }
  };
