// A lever measured, not applied: openapi-backend rebuilds its list of operations from the
// routing document twice per request (OpenAPIRouter.getOperations). This warm entry makes it
// return the list it built first, which the unchanging document allows; src/api.ts would do
// the same with `const routes = backend.router.getOperations(); backend.router.getOperations = () => routes;`.
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { OpenAPIRouter } from 'openapi-backend';
import { handler } from '../src/lambda.js';
import { inMemorySend } from './dynamodbStub.js';
import { runWarm } from './warmHarness.js';

const listed = new WeakMap<OpenAPIRouter, ReturnType<OpenAPIRouter['getOperations']>>();
const getOperations = OpenAPIRouter.prototype.getOperations;
OpenAPIRouter.prototype.getOperations = function once(this: OpenAPIRouter) {
  let operations = listed.get(this);
  if (!operations) {
    operations = getOperations.call(this);
    listed.set(this, operations);
  }
  return operations;
};
DynamoDBDocumentClient.prototype.send = inMemorySend() as never;
void runWarm(handler as never);
