// API Gateway REST proxy events (payload v1) as the deployed API sends them: the headers a
// browser and CloudFront add, the Cognito authorizer's claims, the stage in the path.
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';

/** Starts the line on which the cold-start probe reports (the bundle's logs share its stdout). */
export const PROBE_MARKER = '@@cold-probe ';
/** Likewise for the artifact check (bench/artifactCheck.ts). */
export const CHECK_MARKER = '@@artifact-check ';
/** Likewise for the answers compared with the peers' (bench/peers/answers.ts). */
export const ANSWERS_MARKER = '@@answers ';

/** One request of the artifact check: the operation it must reach (null: none), the status expected and got. */
export interface CheckStep {
  step: string;
  operationId: string | null;
  expected: number;
  got: number;
}

const ADMIN_CLAIMS = { sub: 'bench-admin', 'cognito:groups': 'admins', token_use: 'id' };

const HEADERS: Record<string, string> = {
  Accept: 'application/json',
  'Accept-Encoding': 'gzip, deflate, br',
  Authorization: 'Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl',
  'CloudFront-Forwarded-Proto': 'https',
  'CloudFront-Viewer-Country': 'DE',
  Host: 'abc123.execute-api.eu-west-1.amazonaws.com',
  'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) bench',
  Via: '2.0 0123456789abcdef.cloudfront.net (CloudFront)',
  'X-Amzn-Trace-Id': 'Root=1-67890abc-0123456789abcdef01234567',
  'X-Forwarded-For': '203.0.113.7, 198.51.100.1',
  'X-Forwarded-Port': '443',
  'X-Forwarded-Proto': 'https',
};

export function proxyEvent(method: string, path: string, body: string | null, requestId: string): APIGatewayProxyEvent {
  const headers = body === null ? HEADERS : { ...HEADERS, 'Content-Type': 'application/json' };
  return {
    resource: path,
    path,
    httpMethod: method,
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    body,
    isBase64Encoded: false,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      authorizer: { claims: ADMIN_CLAIMS, principalId: ADMIN_CLAIMS.sub },
      protocol: 'HTTP/1.1',
      httpMethod: method,
      path: `/dev${path}`,
      stage: 'dev',
      requestId,
      requestTimeEpoch: 1_764_000_000_000,
      resourceId: 'abc123',
      resourcePath: path,
      identity: { sourceIp: '203.0.113.7', userAgent: HEADERS['User-Agent'] } as never,
    },
  };
}

export const createUserEvent = (n: number, run = 'bench') =>
  proxyEvent(
    'POST',
    '/users',
    JSON.stringify({ name: `Bench User ${n}`, email: `${run}-${n}@example.com`, age: 30 + (n % 50) }),
    `req-post-${n}`,
  );

/** A body the function refuses with 400 (API Gateway validates nothing: docs/architecture.md). */
export const invalidUserEvent = (n: number) =>
  proxyEvent('POST', '/users', JSON.stringify({ name: n, email: 'not-an-email', age: 151 }), `req-invalid-${n}`);

export const getUserEvent = (userId: string, n: number) => proxyEvent('GET', `/users/${userId}`, null, `req-get-${n}`);

export const healthEvent = () => proxyEvent('GET', '/health', null, 'req-health');

/** The Lambda context the runtime passes (the entry logs the function's request id from it). */
export const lambdaContext = (requestId: string) =>
  ({
    functionName: 'users-api-bench',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:users-api-bench',
    memoryLimitInMB: '1024',
    awsRequestId: requestId,
    logGroupName: '/aws/lambda/users-api-bench',
    logStreamName: 'bench',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => 10_000,
  }) as unknown as Context;
