// PUT /items/{itemId}: replaces the details, only at the version If-Match names.
// One conditional update, so of two concurrent writers exactly one wins.
import { PreconditionRequired } from '../http/problems.js';
import { acceptedVersions, etagOf } from './etag.js';
import { itemNotFound } from './getItem.js';
import type { Deps, Handler } from './types.js';

export const updateItem =
  (deps: Deps): Handler<'updateItem'> =>
  async ({ path, headers, body, caller, correlationId }) => {
    const ifMatch = headers['If-Match'];
    if (ifMatch === undefined) throw new PreconditionRequired("Send If-Match with the item's current ETag.");
    const changes = { name: body.name, description: body.description, tags: body.tags };
    // Another version than If-Match names: a 412 with the current ETag (src/http/problems.ts).
    const item = await deps.items.update(
      caller.sub,
      path.itemId,
      acceptedVersions(ifMatch),
      changes,
      deps.clock().toISOString(),
      { caller: caller.sub, correlationId },
    );
    if (!item) throw itemNotFound(path.itemId);
    return { status: 200, body: item, headers: { etag: etagOf(item) } };
  };
