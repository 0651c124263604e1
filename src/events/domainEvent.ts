// What the stream consumer publishes: one domain event per change to a user or an item, shaped
// by the contract (openapi.yaml's x-webhooks), so subscribers see the API's resources, never storage.
import type { components } from '../../generated/types.js';

export type User = components['schemas']['User'];
export type Item = components['schemas']['Item'];

export const USER_EVENT_TYPES = ['UserCreated', 'UserUpdated', 'UserDeleted'] as const;
export const ITEM_EVENT_TYPES = ['ItemCreated', 'ItemUpdated', 'ItemTrashed', 'ItemRestored', 'ItemPurged'] as const;
export type UserEventType = (typeof USER_EVENT_TYPES)[number];
export type ItemEventType = (typeof ITEM_EVENT_TYPES)[number];
export type DomainEventType = UserEventType | ItemEventType;

/** The EventBridge `source` of every event this service publishes. */
export const EVENT_SOURCE = 'openapi-serverless-users';

interface DetailBase {
  /** Who made the change (the caller's `sub`); absent for public operations and for purges by TTL. */
  caller?: string;
  /** The correlation id of the request that caused the change; absent for purges by TTL. */
  correlationId?: string;
}

export interface UserEventDetail extends DetailBase {
  /** The user as the API shows it (after the change; before it, for UserDeleted). */
  resource: User;
  /** UserUpdated: the fields the update changed. */
  changes?: string[];
}

export interface ItemEventDetail extends DetailBase {
  /** The item as the API shows it (after the change; the last stored state, for ItemPurged). */
  resource: Item;
  /** The `sub` of the item's owner. */
  owner: string;
  /** The item's version after the change: per item, events' versions only increase. */
  version: number;
  /** ItemUpdated: the fields the update changed. */
  changes?: string[];
}

interface EventEnvelope<T extends DomainEventType, D> {
  /** Stable: the stream record's eventID, the same on every redelivery, so subscribers can deduplicate. */
  id: string;
  type: T;
  source: typeof EVENT_SOURCE;
  /** When DynamoDB recorded the change (ISO 8601, second precision). */
  time: string;
  detail: D;
}

export type UserEvent = EventEnvelope<UserEventType, UserEventDetail>;
export type ItemEvent = EventEnvelope<ItemEventType, ItemEventDetail>;
export type DomainEvent = UserEvent | ItemEvent;
