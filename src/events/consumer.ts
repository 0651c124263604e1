// The table stream's consumer, the same in AWS (lambda.ts) and in `npm start`: each record becomes
// zero or one domain event, validated against the contract, and published in the stream's order.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { DomainEvent } from './domainEvent.js';
import { assertValidEvent } from './eventValidation.js';
import type { EventPublisher } from './publisher.js';
import { toDomainEvent } from './streamRecords.js';

export type { EventPublisher } from './publisher.js';

/** A Powertools Logger (what the local runner and the Lambda entry both have). */
export type ConsumerLogger = Pick<Logger, 'error' | 'debug'>;

export interface StreamConsumerDeps {
  publisher: EventPublisher;
  logger: ConsumerLogger;
}

/** A record left unprocessed because an earlier one in its batch failed. */
export class AfterFailedRecordError extends Error {
  override name = 'AfterFailedRecordError';
}

/**
 * The consumer: records are handled one at a time, in order; the first that fails stops the batch,
 * and it and every record after it are reported as failures. Lambda then retries from that record
 * (ReportBatchItemFailures checkpoints at the lowest failed sequence number), so nothing before it
 * is published twice and nothing after it overtakes it. When every record fails, the processor
 * throws, which lets the event source mapping bisect the batch to isolate a poison record.
 * https://docs.powertools.aws.dev/lambda/typescript/latest/features/batch/
 */
export function createStreamConsumer(
  deps: StreamConsumerDeps,
): (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse> {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  return async (event) => {
    let failed: string | undefined;
    const handleRecord = async (record: DynamoDBRecord): Promise<DomainEvent | undefined> => {
      if (failed !== undefined) throw new AfterFailedRecordError(`after failed record ${failed}`);
      try {
        const domainEvent = toDomainEvent(record);
        if (domainEvent === undefined) return undefined;
        assertValidEvent(domainEvent);
        await deps.publisher.publish([domainEvent]);
        deps.logger.debug('event published', { eventId: domainEvent.id, type: domainEvent.type });
        return domainEvent;
      } catch (err) {
        failed = record.eventID ?? record.dynamodb?.SequenceNumber ?? 'unknown';
        deps.logger.error('stream record failed', {
          eventId: record.eventID,
          sequenceNumber: record.dynamodb?.SequenceNumber,
          error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
        });
        throw err;
      }
    };
    return processPartialResponse(event, handleRecord, processor, { processInParallel: false });
  };
}
