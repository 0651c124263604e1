// A small imported document of its own, so the emulator is tested on what API
// Gateway does rather than on this project's API.
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { JsonObject } from '../../../src/local/apiGateway/document.js';
import type { HttpRequest } from '../../../src/local/apiGateway/http.js';
import type { ProxyHandler } from '../../../src/local/apiGateway/restApi.js';

export const FN = 'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/fn/invocations';
export const POOL = 'arn:aws:cognito-idp:eu-west-1:000000000000:userpool/eu-west-1_test';

const proxy = { type: 'aws_proxy', httpMethod: 'POST', uri: FN, passthroughBehavior: 'when_no_match' };
const pool = {
  type: 'apiKey',
  name: 'Authorization',
  in: 'header',
  'x-amazon-apigateway-authtype': 'cognito_user_pools',
  'x-amazon-apigateway-authorizer': {
    type: 'cognito_user_pools',
    providerARNs: [POOL],
    identityValidationExpression: '^(client-a|client-b)$',
  },
};

export function fixture(extra: JsonObject = {}): JsonObject {
  return {
    openapi: '3.0.1',
    info: { title: 'fixture', version: '1' },
    paths: {
      '/things': {
        get: {
          security: [{ pool: [] }],
          parameters: [
            { name: 'q', in: 'query', required: true, schema: { type: 'string' } },
            { name: 'X-Tenant', in: 'header', required: true, schema: { type: 'string' } },
            { name: 'page', in: 'query', required: false, schema: { type: 'string' } },
          ],
          'x-amazon-apigateway-request-validator': 'params',
          responses: {},
          'x-amazon-apigateway-integration': proxy,
        },
        post: {
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
          responses: {},
          'x-amazon-apigateway-integration': proxy,
        },
        options: {
          responses: {
            '204': {
              description: 'preflight',
              headers: { 'Access-Control-Allow-Origin': {}, 'Access-Control-Allow-Methods': {}, Vary: {} },
            },
          },
          'x-amazon-apigateway-integration': {
            type: 'mock',
            requestTemplates: { 'application/json': '{"statusCode": 204}' },
            responses: {
              default: {
                statusCode: '204',
                responseParameters: {
                  'method.response.header.Access-Control-Allow-Methods': "'GET, POST, OPTIONS'",
                  'method.response.header.Vary': "'Origin'",
                },
                responseTemplates: {
                  'application/json': [
                    `#set($origin = "$!{input.params().header.get('Origin')}")`,
                    `#if($origin == "")#set($origin = "$!{input.params().header.get('origin')}")#end`,
                    '#if($origin == "https://a.example" || $origin == "https://b.example")',
                    '#set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)#end',
                  ].join('\n'),
                },
              },
            },
          },
        },
      },
      '/things/special': { get: { responses: {}, 'x-amazon-apigateway-integration': proxy } },
      '/things/{id}': {
        get: { responses: {}, 'x-amazon-apigateway-integration': proxy },
        delete: { responses: {}, 'x-amazon-apigateway-integration': proxy },
      },
      '/files/{path+}': { get: { responses: {}, 'x-amazon-apigateway-integration': proxy } },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', maxLength: 5 },
            size: { type: 'integer', minimum: 0, exclusiveMinimum: true },
          },
        },
      },
      securitySchemes: { pool },
    },
    'x-amazon-apigateway-request-validators': {
      all: { validateRequestBody: true, validateRequestParameters: true },
      params: { validateRequestBody: false, validateRequestParameters: true },
    },
    'x-amazon-apigateway-request-validator': 'all',
    ...extra,
  };
}

/** A function that records the events it gets and answers 200 with the resource. */
export function recordingFunction(): { fn: ProxyHandler; events: APIGatewayProxyEvent[] } {
  const events: APIGatewayProxyEvent[] = [];
  const fn: ProxyHandler = async (event) => {
    events.push(event);
    return {
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ resource: event.resource }),
    };
  };
  return { fn, events };
}

export function request(
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body: string | null = null,
): HttpRequest {
  const url = new URL(target, 'http://localhost');
  return {
    method,
    path: url.pathname,
    query: [...url.searchParams],
    headers: Object.entries(headers),
    body,
    sourceIp: '127.0.0.1',
    protocol: 'HTTP/1.1',
  };
}
