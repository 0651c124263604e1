// The floor with the one DynamoDB call a POST /users makes: the same document client, and a
// constant answer after one TransactWriteItems for a POST (a reference row, not a headline).
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../src/store/client.js';

const db = createDocumentClient({
  region: process.env.AWS_REGION ?? 'us-east-1',
  endpoint: process.env.DYNAMODB_ENDPOINT || undefined,
});
const TableName = process.env.TABLE_NAME ?? 'users-api';

export const handler = async (event: { httpMethod: string }) => {
  if (event.httpMethod === 'POST') {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName, Item: { pk: 'floor', sk: 'floor' }, ConditionExpression: 'attribute_not_exists(pk)' } },
        ],
      }),
    );
  }
  return { statusCode: 200, headers: {}, body: '{"status":"ok"}' };
};
