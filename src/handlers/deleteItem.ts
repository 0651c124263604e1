// DELETE /items/{itemId}: to the trash for 30 days (DynamoDB's TTL purges it
// then), or at once with ?permanent=true.
import { StaleVersionError } from '../store/errors.js';
import { itemNotFound } from './getItem.js';
import type { Deps, Handler } from './types.js';

export const TRASH_DAYS = 30;
const ATTEMPTS = 3;

export const deleteItem =
  (deps: Deps): Handler<'deleteItem'> =>
  async ({ path, query, caller, correlationId }) => {
    const by = { caller: caller.sub, correlationId };
    if (query.permanent) {
      if (!(await deps.items.purge(caller.sub, path.itemId, by, deps.clock()))) throw itemNotFound(path.itemId);
      return { status: 204, body: undefined };
    }
    for (let attempt = 1; ; attempt++) {
      const item = await deps.items.get(caller.sub, path.itemId);
      if (!item) throw itemNotFound(path.itemId);
      const now = deps.clock();
      try {
        const purgeAt = new Date(now.getTime() + TRASH_DAYS * 86_400_000);
        await deps.items.trash(caller.sub, item, now.toISOString(), purgeAt, by);
        return { status: 204, body: undefined };
      } catch (err) {
        // Updated between read and delete: read the new version and try again.
        if (!(err instanceof StaleVersionError) || attempt >= ATTEMPTS) throw err; // a 409 when it keeps changing
      }
    }
  };
