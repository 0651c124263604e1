// DELETE /users/{userId}: removes the user and frees their email.
import { StaleVersionError } from '../store/errors.js';
import { userNotFound } from './getUser.js';
import type { Deps, Handler } from './types.js';

const ATTEMPTS = 3;

export const deleteUser =
  (deps: Deps): Handler<'deleteUser'> =>
  async ({ path, caller, correlationId }) => {
    for (let attempt = 1; ; attempt++) {
      const current = await deps.users.get(path.userId);
      if (!current) throw userNotFound(path.userId);
      try {
        await deps.users.delete(current, { caller: caller?.sub, correlationId }, deps.clock());
        return { status: 204, body: undefined };
      } catch (err) {
        // The user changed (its email, say) between read and delete: read again.
        if (!(err instanceof StaleVersionError) || attempt >= ATTEMPTS) throw err; // a 409 when it keeps changing
      }
    }
  };
