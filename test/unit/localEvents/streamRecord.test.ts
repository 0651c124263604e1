// Records from the Streams API become the records Lambda delivers, TTL deletions included.
import { describe, expect, it } from 'vitest';
import { TTL_IDENTITY, toLambdaRecord } from '../../../src/local/events/streamRecord.js';

const context = { region: 'us-east-1', streamArn: 'arn:aws:dynamodb:ddblocal:000000000000:table/t/stream/x' };
const created = new Date('2026-12-08T00:17:00.000Z');

describe('toLambdaRecord', () => {
  it('gives the fields Lambda gives, epoch seconds for the time and base64 for binary values', () => {
    const record = toLambdaRecord(
      {
        eventID: 'e1',
        eventName: 'MODIFY',
        eventVersion: '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: 'ddblocal',
        dynamodb: {
          ApproximateCreationDateTime: created,
          Keys: { pk: { S: 'a' } },
          NewImage: {
            pk: { S: 'a' },
            blob: { B: new Uint8Array([1, 2]) },
            nested: { M: { b: { BS: [new Uint8Array([255])] } } },
          },
          OldImage: { pk: { S: 'a' }, list: { L: [{ N: '1' }, { NULL: true }] } },
          SequenceNumber: '000000000000000000002',
          SizeBytes: 15,
          StreamViewType: 'NEW_AND_OLD_IMAGES',
        },
      },
      context,
    );

    expect(record).toEqual({
      eventID: 'e1',
      eventName: 'MODIFY',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'us-east-1',
      dynamodb: {
        ApproximateCreationDateTime: created.getTime() / 1000,
        Keys: { pk: { S: 'a' } },
        NewImage: { pk: { S: 'a' }, blob: { B: 'AQI=' }, nested: { M: { b: { BS: ['/w=='] } } } },
        OldImage: { pk: { S: 'a' }, list: { L: [{ N: '1' }, { NULL: true }] } },
        SequenceNumber: '000000000000000000002',
        SizeBytes: 15,
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
      eventSourceARN: context.streamArn,
    });
    expect(record).not.toHaveProperty('userIdentity');
  });

  it('makes DynamoDB Local’s TTL deletion a REMOVE by the DynamoDB service, as AWS streams it', () => {
    const record = toLambdaRecord(
      { eventID: 'e2', eventName: 'UNKNOWN_TO_SDK_VERSION' as 'REMOVE', dynamodb: { OldImage: { pk: { S: 'a' } } } },
      context,
    );

    expect(record.eventName).toBe('REMOVE');
    expect(record.userIdentity).toEqual({ type: 'Service', principalId: 'dynamodb.amazonaws.com' });
    expect(TTL_IDENTITY.principalId).toBe('dynamodb.amazonaws.com');
  });

  it('keeps an identity the stream gives, in Lambda’s lower-case keys', () => {
    const record = toLambdaRecord(
      { eventName: 'REMOVE', userIdentity: { Type: 'Service', PrincipalId: 'dynamodb.amazonaws.com' } },
      context,
    );

    expect(record.userIdentity).toEqual(TTL_IDENTITY);
  });
});
