// What the stream consumer publishes: one domain event per change to a user or an item. The shapes
// are the contract's (openapi.yaml's x-webhooks and their schemas), as generated/ types them.
import type { EventType } from '../../generated/events.js';
import type { components } from '../../generated/types.js';

export type User = components['schemas']['User'];
export type Item = components['schemas']['Item'];

/** A change to a user: UserCreated, UserUpdated, UserDeleted. */
export type UserEvent = components['schemas']['UserEvent'];
/** A change to an item: ItemCreated, ItemUpdated, ItemTrashed, ItemRestored, ItemPurged. */
export type ItemEvent = components['schemas']['ItemEvent'];
export type DomainEvent = UserEvent | ItemEvent;
export type DomainEventType = EventType;
export type UserEventType = UserEvent['type'];
export type ItemEventType = ItemEvent['type'];

export { eventTypes } from '../../generated/events.js';

/** The EventBridge `source` of every event this service publishes. */
export const EVENT_SOURCE: DomainEvent['source'] = 'users-api';
