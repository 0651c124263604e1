// Warm requests through the Hono peer as bundled, DynamoDB answered in-process as for ours.
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inMemorySend } from '../inMemoryTable.js';
import { runWarm } from '../warmHarness.js';
import { handler } from './hono.js';

DynamoDBDocumentClient.prototype.send = inMemorySend() as never;
void runWarm(handler as never);
