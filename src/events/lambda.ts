// The stream consumer's Lambda entry: the table's stream in, events on the stage's EventBridge bus
// out. Its own bundle (infra/constructs/domainEvents.ts), so the API function does not grow.
import { Logger } from '@aws-lambda-powertools/logger';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { createStreamConsumer } from './consumer.js';
import { createEventBridgePublisher } from './eventBridgePublisher.js';

/** Read once at cold start; the function cannot work without its bus. */
function busNameFrom(env: NodeJS.ProcessEnv): string {
  const name = env.EVENT_BUS_NAME;
  if (!name) throw new Error('EVENT_BUS_NAME is not set');
  return name;
}

const busName = busNameFrom(process.env);
const logger = new Logger();
const consumer = createStreamConsumer({
  publisher: createEventBridgePublisher({ client: new EventBridgeClient({ maxAttempts: 3 }), busName }),
  logger,
});

export const handler = (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => consumer(event);
