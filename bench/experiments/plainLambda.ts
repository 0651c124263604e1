// The Lambda entry as it was before observability (bench/experiments/levers.ts measures what Powertools
// costs): the same API, errors logged as JSON with console.error, no observer, no tracer.
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { createApi } from '../../src/api.js';
import { productionDeps } from '../../src/apiDeps.js';
import { toApiRequest, toProxyResult } from '../../src/apigateway.js';
import { loadConfig } from '../../src/config.js';
import { createDocumentClient } from '../../src/store/client.js';

const config = loadConfig(process.env);
const db = createDocumentClient({ region: config.region, endpoint: config.dynamodbEndpoint });
const api = createApi({
  ...productionDeps(config, db),
  allowedOrigins: config.allowedOrigins,
  logger: { error: (message, details) => console.error(JSON.stringify({ level: 'ERROR', message, ...details })) },
});

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> =>
  toProxyResult(await api.handle(toApiRequest(event)), event);
