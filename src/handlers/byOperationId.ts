// One handler per operationId, bound to their dependencies: the type makes a missing
// or misnamed operation a compile error whenever openapi.yaml changes.
import type { OperationId } from '../../generated/operations.js';
import { createItem } from './createItem.js';
import { createItems } from './createItems.js';
import { createUser } from './createUser.js';
import { deleteItem } from './deleteItem.js';
import { deleteUser } from './deleteUser.js';
import { getHealth } from './getHealth.js';
import { getItem } from './getItem.js';
import { getUser } from './getUser.js';
import { listItems } from './listItems.js';
import { listUsers } from './listUsers.js';
import { restoreItem } from './restoreItem.js';
import type { Deps, Handler } from './types.js';
import { updateItem } from './updateItem.js';
import { updateUser } from './updateUser.js';

export function createHandlers(deps: Deps): { [K in OperationId]: Handler<K> } {
  return {
    getHealth: getHealth(deps),
    createUser: createUser(deps),
    listUsers: listUsers(deps),
    getUser: getUser(deps),
    updateUser: updateUser(deps),
    deleteUser: deleteUser(deps),
    createItem: createItem(deps),
    createItems: createItems(deps),
    listItems: listItems(deps),
    getItem: getItem(deps),
    updateItem: updateItem(deps),
    deleteItem: deleteItem(deps),
    restoreItem: restoreItem(deps),
  };
}
