// The warm floor: a handler that only parses the body, through the same harness and events.
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { runWarm } from './warmHarness.js';

void runWarm(async (event: APIGatewayProxyEvent) => {
  if (event.body !== null) JSON.parse(event.body);
  return { statusCode: 200, body: '' };
}, true);
