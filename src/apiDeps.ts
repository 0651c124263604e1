// The dispatcher's production dependencies (stores on one document client, clock, ids),
// shared by the Lambda entry and the tools that build the same API around it.
import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { apiVersion } from '../generated/operations.js';
import type { Config } from './config.js';
import type { Deps } from './handlers/types.js';
import { createIdempotencyStore } from './store/idempotency.js';
import { uuidv7 } from './store/ids.js';
import { createItemsRepository } from './store/items.js';
import { createUsersRepository } from './store/users.js';

export function productionDeps(config: Pick<Config, 'tableName' | 'cursorSecret'>, db: DynamoDBDocumentClient): Deps {
  return {
    users: createUsersRepository(db, config.tableName, config.cursorSecret),
    items: createItemsRepository(db, config.tableName, config.cursorSecret),
    idempotency: createIdempotencyStore(db, config.tableName),
    clock: () => new Date(),
    ids: randomUUID,
    itemIds: () => uuidv7(),
    version: apiVersion,
  };
}
