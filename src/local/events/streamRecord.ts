// Turns a record read with the DynamoDB Streams API into the record Lambda hands a
// stream consumer (the `DynamoDBStreamEvent` shape), so the local stage calls the same code.
import type { _Record as SdkRecord, AttributeValue as SdkValue } from '@aws-sdk/client-dynamodb-streams';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';

/** Who DynamoDB names as the author of a TTL deletion, in AWS (Lambda's lower-case keys). */
export const TTL_IDENTITY = { type: 'Service', principalId: 'dynamodb.amazonaws.com' } as const;

/**
 * DynamoDB Local streams its TTL deletions with the eventName "UNKNOWN_TO_SDK_VERSION" and no
 * userIdentity; AWS streams them as REMOVE with the service identity (docs/architecture.md).
 */
const LOCAL_TTL_EVENT_NAME = 'UNKNOWN_TO_SDK_VERSION';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** The SDK decodes binary values to bytes; Lambda's JSON carries them as base64 strings. */
export function toLambdaValue(value: SdkValue): AttributeValue {
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.BS !== undefined) return { BS: value.BS.map(base64) };
  if (value.L !== undefined) return { L: value.L.map(toLambdaValue) };
  if (value.M !== undefined) return { M: toLambdaImage(value.M) };
  return value as AttributeValue; // S, N, SS, NS, BOOL, NULL: the same JSON
}

function toLambdaImage(image: Record<string, SdkValue>): Record<string, AttributeValue> {
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, toLambdaValue(value)]));
}

export interface RecordContext {
  /** The table's region; DynamoDB Local answers "ddblocal". */
  region: string;
  streamArn: string;
  /** True when the local stage's TTL sweeper deleted the item with these keys (src/local/events/ttlSweeper.ts). */
  sweptByTtl?: (keys: Record<string, SdkValue> | undefined) => boolean;
}

/** The record as Lambda delivers it: field for field, epoch seconds for the creation time. */
export function toLambdaRecord(record: SdkRecord, context: RecordContext): DynamoDBRecord {
  const stream = record.dynamodb ?? {};
  const ttl =
    (record.eventName as string | undefined) === LOCAL_TTL_EVENT_NAME ||
    (record.eventName === 'REMOVE' && context.sweptByTtl?.(stream.Keys) === true);
  const identity = ttl
    ? TTL_IDENTITY
    : record.userIdentity && { type: record.userIdentity.Type, principalId: record.userIdentity.PrincipalId };
  const created = stream.ApproximateCreationDateTime;
  return {
    eventID: record.eventID,
    eventName: ttl ? 'REMOVE' : (record.eventName as DynamoDBRecord['eventName']),
    eventVersion: record.eventVersion,
    eventSource: 'aws:dynamodb',
    awsRegion: context.region,
    dynamodb: {
      ...(created && { ApproximateCreationDateTime: Math.floor(created.getTime() / 1000) }),
      ...(stream.Keys && { Keys: toLambdaImage(stream.Keys) }),
      ...(stream.NewImage && { NewImage: toLambdaImage(stream.NewImage) }),
      ...(stream.OldImage && { OldImage: toLambdaImage(stream.OldImage) }),
      SequenceNumber: stream.SequenceNumber,
      SizeBytes: stream.SizeBytes,
      StreamViewType: stream.StreamViewType,
    },
    ...(identity && { userIdentity: identity }),
    eventSourceARN: context.streamArn,
  };
}
