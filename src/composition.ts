// The composition root: the dispatcher with its production dependencies (the stores on one
// Database: a client, or in a multi-region stage home-region writes and local reads; the clock;
// the id makers). The Lambda entry builds the API here, and so do the capacity test and the bench.
import { randomUUID } from 'node:crypto';
import { apiVersion } from '../generated/operations.js';
import type { Deps } from './handlers/types.js';
import { type Api, createApi, type Logger, type Observer } from './http/dispatch.js';
import type { Config } from './lambda/environment.js';
import type { Database } from './store/client.js';
import { createIdempotencyStore } from './store/idempotency.js';
import { uuidv7 } from './store/ids.js';
import { createItemsRepository } from './store/items.js';
import { createUsersRepository } from './store/users.js';

export function productionDeps(config: Pick<Config, 'tableName' | 'cursorSecret'>, db: Database): Deps {
  return {
    users: createUsersRepository(db, config.tableName, config.cursorSecret),
    items: createItemsRepository(db, config.tableName, config.cursorSecret),
    idempotency: createIdempotencyStore(db, config.tableName),
    clock: () => new Date(),
    userIds: randomUUID,
    itemIds: () => uuidv7(),
    version: apiVersion,
  };
}

export interface Reporting {
  logger: Logger;
  observer?: Observer;
}

/** The API as it runs in production, on `db`, reporting through `reporting`. */
export function createApp(
  config: Pick<Config, 'tableName' | 'cursorSecret' | 'allowedOrigins'>,
  db: Database,
  reporting: Reporting,
): Api {
  return createApi({ ...productionDeps(config, db), allowedOrigins: config.allowedOrigins, ...reporting });
}
