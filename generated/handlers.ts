// GENERATED FILE: DO NOT EDIT. The handler of each operation.
// Generated from openapi.yaml by `npm run generate`; CI fails when it is stale.

// Each import below is src/handlers/<operationId>.ts: a missing file or export is a compile error.
import type { Deps, Handler } from '../src/handlers/types.js';
import type { OperationId } from './operations.js';
import { createItem } from '../src/handlers/createItem.js';
import { createItems } from '../src/handlers/createItems.js';
import { createUser } from '../src/handlers/createUser.js';
import { deleteItem } from '../src/handlers/deleteItem.js';
import { deleteUser } from '../src/handlers/deleteUser.js';
import { getHealth } from '../src/handlers/getHealth.js';
import { getItem } from '../src/handlers/getItem.js';
import { getUser } from '../src/handlers/getUser.js';
import { listItems } from '../src/handlers/listItems.js';
import { listUsers } from '../src/handlers/listUsers.js';
import { restoreItem } from '../src/handlers/restoreItem.js';
import { updateItem } from '../src/handlers/updateItem.js';
import { updateUser } from '../src/handlers/updateUser.js';

/** Every operation's handler, bound to its dependencies; the type demands one per operationId. */
export function createHandlers(deps: Deps): { [K in OperationId]: Handler<K> } {
  return {
    createItem: createItem(deps),
    createItems: createItems(deps),
    createUser: createUser(deps),
    deleteItem: deleteItem(deps),
    deleteUser: deleteUser(deps),
    getHealth: getHealth(deps),
    getItem: getItem(deps),
    getUser: getUser(deps),
    listItems: listItems(deps),
    listUsers: listUsers(deps),
    restoreItem: restoreItem(deps),
    updateItem: updateItem(deps),
    updateUser: updateUser(deps),
  };
}
