// GET /items/{itemId}: one of the caller's live items. Another caller's item is a
// 404, not a 403: whether it exists is not the caller's business.
import { NotFound } from '../http/problems.js';
import { etagOf } from './etag.js';
import type { Deps, Handler } from './types.js';

export const itemNotFound = (itemId: string) => new NotFound(`Item ${itemId} does not exist.`);

export const getItem =
  (deps: Deps): Handler<'getItem'> =>
  async ({ path, caller }) => {
    const item = await deps.items.get(caller.sub, path.itemId);
    if (!item) throw itemNotFound(path.itemId);
    return { status: 200, body: item, headers: { etag: etagOf(item) } };
  };
