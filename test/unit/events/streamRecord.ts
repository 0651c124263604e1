// Stream records in the shape AWS documents for DynamoDB Streams (NEW_AND_OLD_IMAGES), built from
// the items the store really writes: https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { Database } from '../../../src/store/client.js';

type Image = Record<string, unknown>;
let sequence = 4421584500000000017450439091n;

export interface RecordInput {
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  oldImage?: Image | undefined;
  newImage?: Image | undefined;
  /** A deletion by DynamoDB's TTL (userIdentity of the Service principal). */
  byTtl?: boolean;
  eventID?: string;
}

export function streamRecord({ eventName, oldImage, newImage, byTtl, eventID }: RecordInput): DynamoDBRecord {
  const image = (newImage ?? oldImage) as Image;
  sequence += 100n;
  const marshalled = (i: Image) => marshall(i, { removeUndefinedValues: true }) as never;
  return {
    eventID: eventID ?? `evt-${sequence}`,
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'eu-west-1',
    dynamodb: {
      ApproximateCreationDateTime: 1_765_000_000,
      Keys: marshalled({ pk: image.pk, sk: image.sk }),
      ...(newImage ? { NewImage: marshalled(newImage) } : {}),
      ...(oldImage ? { OldImage: marshalled(oldImage) } : {}),
      SequenceNumber: String(sequence),
      SizeBytes: 120,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    eventSourceARN: 'arn:aws:dynamodb:eu-west-1:000000000000:table/users-api-test/stream/2026-12-01T00:00:00.000',
    ...(byTtl ? { userIdentity: { type: 'Service', principalId: 'dynamodb.amazonaws.com' } } : {}),
  };
}

export const streamEvent = (records: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: records });

/** A Database that keeps what the store would write (Put items, in order) and reads `stored` back. */
export function recordingDatabase(stored: Record<string, Image> = {}) {
  const puts: Image[] = [];
  const db: Database = {
    send: (async (command: { input: Record<string, unknown> }) => {
      const input = command.input as {
        Item?: Image;
        Key?: { pk: string; sk: string };
        TransactItems?: { Put?: { Item: Image } }[];
        UpdateExpression?: string;
      };
      for (const t of input.TransactItems ?? []) if (t.Put) puts.push(t.Put.Item);
      if (input.Item) puts.push(input.Item);
      if (input.Key && !input.UpdateExpression && !input.TransactItems) {
        return { Item: stored[`${input.Key.pk}|${input.Key.sk}`] };
      }
      return {};
    }) as unknown as Database['send'],
  };
  return { db, puts };
}
