// GENERATED FILE: DO NOT EDIT. The events the service publishes (x-webhooks).
// Generated from openapi.yaml by `npm run generate`; CI fails when it is stale.

import type { components } from './types.js';

export const eventTypes = [
  "UserCreated",
  "UserUpdated",
  "UserDeleted",
  "ItemCreated",
  "ItemUpdated",
  "ItemTrashed",
  "ItemRestored",
  "ItemPurged"
] as const;

export type EventType = (typeof eventTypes)[number];

/** Each event's payload, by its type. */
export interface EventPayloads {
  UserCreated: components['schemas']['UserCreatedEvent'];
  UserUpdated: components['schemas']['UserUpdatedEvent'];
  UserDeleted: components['schemas']['UserDeletedEvent'];
  ItemCreated: components['schemas']['ItemCreatedEvent'];
  ItemUpdated: components['schemas']['ItemUpdatedEvent'];
  ItemTrashed: components['schemas']['ItemTrashedEvent'];
  ItemRestored: components['schemas']['ItemRestoredEvent'];
  ItemPurged: components['schemas']['ItemPurgedEvent'];
}
