// GET /items: the caller's live items, newest first, a page at a time.
import type { Deps, Handler } from './types.js';

export const listItems =
  (deps: Deps): Handler<'listItems'> =>
  async ({ query, caller }) => {
    // A cursor issued to another caller is refused as invalid (src/store/cursor.ts).
    return { status: 200, body: await deps.items.list(caller.sub, { limit: query.limit, cursor: query.cursor }) };
  };
