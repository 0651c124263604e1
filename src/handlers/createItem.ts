// POST /items: a new item owned by the caller; replay-safe with Idempotency-Key.
import type { Item } from '../store/items.js';
import { etagOf } from './etag.js';
import { idempotent } from './idempotent.js';
import type { Deps, Handler } from './types.js';

type ItemInput = Pick<Item, 'name' | 'description' | 'tags'>;

export function newItem(deps: Pick<Deps, 'itemIds'>, input: ItemInput, now: string): Item {
  return {
    itemId: deps.itemIds(),
    name: input.name,
    ...(input.description === undefined ? {} : { description: input.description }),
    ...(input.tags === undefined ? {} : { tags: input.tags }),
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

export const createItem =
  (deps: Deps): Handler<'createItem'> =>
  async ({ body, headers, caller, correlationId }) =>
    idempotent(
      deps,
      { owner: caller.sub, key: headers['Idempotency-Key'], operationId: 'createItem', body },
      async (recordFor) => {
        const item = newItem(deps, body, deps.clock().toISOString());
        const result = {
          status: 201 as const,
          body: item,
          headers: { location: `/items/${item.itemId}`, etag: etagOf(item) },
        };
        await deps.items.create(caller.sub, [item], { caller: caller.sub, correlationId }, recordFor?.(result));
        return result;
      },
    );
