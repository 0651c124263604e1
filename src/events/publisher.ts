// Where the consumer sends events: EventBridge in AWS (eventBridgePublisher.ts), local subscribers
// in `npm start`. Either delivers every event it is given, or throws.
import type { DomainEvent } from './domainEvent.js';

export interface EventPublisher {
  /** Delivers the events, in order; throws EventDeliveryError when one could not be delivered after retries. */
  publish(events: readonly DomainEvent[]): Promise<void>;
}

/** Some events could not be delivered after the publisher's retries. */
export class EventDeliveryError extends Error {
  override name = 'EventDeliveryError';
  constructor(
    message: string,
    readonly failedEventIds: readonly string[],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
