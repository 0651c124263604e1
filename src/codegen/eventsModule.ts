// generated/events.ts: the names of the events the service publishes (x-webhooks in openapi.yaml)
// and each one's payload type, written by `npm run generate`.
import type { EventInfo } from './spec.js';

/** The events of x-webhooks: their names, and each one's payload type from types.ts. */
export function eventsModule(events: EventInfo[], banner: (what: string) => string): string {
  return `${banner('The events the service publishes (x-webhooks).')}
import type { components } from './types.js';

export const eventTypes = ${JSON.stringify(
    events.map((e) => e.name),
    null,
    2,
  )} as const;

export type EventType = (typeof eventTypes)[number];

/** Each event's payload, by its type. */
export interface EventPayloads {
${events.map((e) => `  ${e.name}: components['schemas']['${e.schemaName}'];`).join('\n')}
}
`;
}
