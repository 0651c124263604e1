// The Lambda entry: API Gateway REST proxy event (payload v1) in, proxy result out.
// The local gateway calls this same handler, so what runs locally runs in AWS.
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { createApp } from '../composition.js';
import { createDatabase } from '../store/client.js';
import { toApiRequest, toProxyResult } from './adapter.js';
import { loadConfig } from './environment.js';
import { createObservability } from './observability.js';

// `npm start` in a terminal: Powertools' dev mode pretty-prints the logs and keeps EMF metrics off the screen.
if (process.stdout.isTTY && !process.env.AWS_LAMBDA_FUNCTION_NAME) process.env.POWERTOOLS_DEV ??= 'true';
const config = loadConfig(process.env);
const observability = createObservability(config);
const db = createDatabase(
  {
    region: config.region,
    endpoint: config.dynamodbEndpoint,
    homeRegion: config.homeRegion,
    homeEndpoint: config.dynamodbHomeEndpoint,
  },
  (client) => observability.traceClient(client),
);
const api = createApp(config, db, { logger: observability.logger, observer: observability.observer });

// Which published version answered, for `npm run verify`: during a canary the `live` alias
// routes to two (infra/constructs/liveAlias.ts). Unset outside Lambda, so no header locally.
const functionVersion = process.env.AWS_LAMBDA_FUNCTION_VERSION;

export const handler = observability.instrument(async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const result = toProxyResult(await api.handle(toApiRequest(event)), event);
  if (functionVersion) result.headers = { ...result.headers, 'x-function-version': functionVersion };
  return result;
});
