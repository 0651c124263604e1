// The consumer publishes only what the contract describes: each event is checked against its
// schema (openapi.yaml's x-webhooks, precompiled by `npm run generate`) before it leaves.
import eventValidators from '../../generated/event-validators.cjs';
import type { DomainEvent } from './domainEvent.js';

/** An event that does not match its schema in the contract: never published. */
export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
}

/** Throws InvalidEventError, naming every failing field, unless the event matches its type's schema. */
export function assertValidEvent(event: DomainEvent): void {
  const validate = eventValidators[event.type];
  if (validate === undefined) throw new InvalidEventError(`no event type ${String(event.type)} in the contract`);
  if (validate(event)) return;
  const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
  throw new InvalidEventError(`${event.type} ${event.id} does not match the contract: ${errors.join('; ')}`);
}
