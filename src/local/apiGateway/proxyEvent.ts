// API Gateway's REST proxy event (payload v1) as API Gateway builds it for a Lambda
// proxy integration: the matched resource and its path parameters (still
// percent-encoded), single- and multi-value headers and query, and the authorizer's claims.
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { HttpRequest } from './http.js';

export interface RouteFacts {
  requestId: string;
  stage: string;
  /** The resource path template, e.g. `/users/{userId}`. */
  resource: string;
  pathParameters: Record<string, string>;
  /** The Cognito authorizer's claims; undefined on methods without an authorizer. */
  claims: Record<string, string> | undefined;
  /** The caller's API key on methods that require one (its id: the key's name locally). */
  apiKey?: { value: string; id: string } | undefined;
}

export function toApiGatewayEvent(req: HttpRequest, route: RouteFacts): APIGatewayProxyEvent {
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  let userAgent: string | null = null;
  for (const [name, value] of req.headers) {
    headers[name] = value;
    const values = multiValueHeaders[name];
    if (values) values.push(value);
    else multiValueHeaders[name] = [value];
    if (userAgent === null && name.length === 10 && name.toLowerCase() === 'user-agent') userAgent = value;
  }
  const query: Record<string, string> = {};
  const multiQuery: Record<string, string[]> = {};
  for (const [key, value] of req.query) {
    query[key] = value; // API Gateway keeps the last value of a repeated parameter
    const values = multiQuery[key];
    if (values) values.push(value);
    else multiQuery[key] = [value];
  }
  const hasQuery = req.query.length > 0;
  const hasParams = Object.keys(route.pathParameters).length > 0;
  return {
    resource: route.resource,
    path: req.path,
    httpMethod: req.method,
    headers,
    multiValueHeaders,
    queryStringParameters: hasQuery ? query : null,
    multiValueQueryStringParameters: hasQuery ? multiQuery : null,
    pathParameters: hasParams ? route.pathParameters : null,
    stageVariables: null,
    body: req.body !== null && req.body.length > 0 ? req.body : null,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      // As API Gateway's Cognito authorizer passes them (null on unsecured methods).
      authorizer: route.claims ? { claims: route.claims, principalId: route.claims.sub } : null,
      protocol: req.protocol,
      httpMethod: req.method,
      path: req.path,
      stage: route.stage,
      requestId: route.requestId,
      requestTimeEpoch: Date.now(),
      resourceId: 'local',
      resourcePath: route.resource,
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: route.apiKey?.value ?? null,
        apiKeyId: route.apiKey?.id ?? null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: req.sourceIp,
        user: null,
        userAgent,
        userArn: null,
      },
    },
  };
}
