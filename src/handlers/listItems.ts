// GET /items: the caller's live items, newest first, a page at a time.
import { ValidationFailed } from '../errors.js';
import { InvalidCursorError } from '../store/errors.js';
import type { Deps, Handler } from './types.js';

export const listItems =
  (deps: Deps): Handler<'listItems'> =>
  async ({ query, caller }) => {
    try {
      return { status: 200, body: await deps.items.list(caller.sub, { limit: query.limit, cursor: query.cursor }) };
    } catch (err) {
      if (err instanceof InvalidCursorError) {
        throw new ValidationFailed([{ path: '/query/cursor', message: 'is not a cursor this API issued to you' }]);
      }
      throw err;
    }
  };
