// The floor a Lambda on DynamoDB cannot go below: the same document client as src/lambda/handler.ts
// constructs (src/store/client.ts), and a constant answer to every request.
import { createDocumentClient } from '../src/store/client.js';

const db = createDocumentClient({
  region: process.env.AWS_REGION ?? 'us-east-1',
  endpoint: process.env.DYNAMODB_ENDPOINT || undefined,
});

export const handler = async () => ({ statusCode: 200, headers: {}, body: db ? '{"status":"ok"}' : '' });
