// POST /items/{itemId}/restore: back from the trash, within 30 days of deletion.
import { etagOf } from './etag.js';
import { itemNotFound } from './getItem.js';
import type { Deps, Handler } from './types.js';

export const restoreItem =
  (deps: Deps): Handler<'restoreItem'> =>
  async ({ path, caller, correlationId }) => {
    const item = await deps.items.restore(caller.sub, path.itemId, deps.clock(), {
      caller: caller.sub,
      correlationId,
    });
    if (!item) throw itemNotFound(path.itemId);
    return { status: 200, body: item, headers: { etag: etagOf(item) } };
  };
