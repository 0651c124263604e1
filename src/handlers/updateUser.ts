// PUT /users/{userId}: replaces name, email and age; honours If-Match.
// A read-then-conditional-write: the write succeeds only if the version read is
// still current, so concurrent writers cannot both win.
import { PreconditionFailed } from '../http/problems.js';
import { StaleVersionError } from '../store/errors.js';
import type { User } from '../store/users.js';
import { etagOf, ifMatchAllows } from './etag.js';
import { userNotFound } from './getUser.js';
import type { Deps, Handler } from './types.js';

const ATTEMPTS = 3;

export const updateUser =
  (deps: Deps): Handler<'updateUser'> =>
  async ({ path, headers, body, caller, correlationId }) => {
    const ifMatch = headers['If-Match'];
    for (let attempt = 1; ; attempt++) {
      const current = await deps.users.get(path.userId);
      if (!current) throw userNotFound(path.userId);
      if (ifMatch !== undefined && !ifMatchAllows(ifMatch, current.version)) {
        throw new PreconditionFailed(`The user is at version ${etagOf(current)}, not ${ifMatch}.`, etagOf(current));
      }
      const next: User = {
        userId: current.userId,
        name: body.name.trim(),
        email: body.email.toLowerCase(),
        ...(body.age === undefined ? {} : { age: body.age }),
        createdAt: current.createdAt,
        updatedAt: deps.clock().toISOString(),
        version: current.version + 1,
      };
      try {
        await deps.users.replace(current, next, { caller: caller?.sub, correlationId });
        return { status: 200, body: next, headers: { etag: etagOf(next) } };
      } catch (err) {
        // A taken email becomes a 409 (src/http/problems.ts).
        if (!(err instanceof StaleVersionError)) throw err;
        // Someone else wrote in between. With If-Match the precondition no longer
        // holds; without it, re-read and apply the replacement to the new version.
        if (ifMatch !== undefined) {
          const now = await deps.users.get(path.userId);
          throw new PreconditionFailed(
            `The user changed while it was being updated, from ${etagOf(current)}.`,
            now ? etagOf(now) : undefined,
          );
        }
        if (attempt >= ATTEMPTS) throw err; // a 409
      }
    }
  };
