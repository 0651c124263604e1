// Warm requests through the Lambda entry exactly as bundled (config, observability, routing,
// validation, handlers, store), with the document client's send() answered in-process.
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { handler } from '../src/lambda/handler.js';
import { inMemorySend } from './inMemoryTable.js';
import { runWarm } from './warmHarness.js';

DynamoDBDocumentClient.prototype.send = inMemorySend() as never;
void runWarm(handler as never);
