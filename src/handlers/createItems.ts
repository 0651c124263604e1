// POST /items/batch: 1–25 items, all or nothing, in one transaction; replay-safe
// with Idempotency-Key. (An invalid entry never gets here: the 400 names its index.)
import { newItem } from './createItem.js';
import { idempotent } from './idempotent.js';
import type { Deps, Handler } from './types.js';

export const createItems =
  (deps: Deps): Handler<'createItems'> =>
  async ({ body, headers, caller, correlationId }) =>
    idempotent(
      deps,
      { owner: caller.sub, key: headers['Idempotency-Key'], operationId: 'createItems', body },
      async (recordFor) => {
        const now = deps.clock().toISOString();
        const items = body.items.map((input) => newItem(deps, input, now));
        const result = { status: 201 as const, body: { items } };
        await deps.items.create(caller.sub, items, { caller: caller.sub, correlationId }, recordFor?.(result));
        return result;
      },
    );
