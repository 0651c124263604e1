// The transform's rewrites, on small documents: what API Gateway's import refuses is left
// out or rewritten (models.ts), CORS by allowed origins (cors.ts), security, references.
import { describe, expect, it } from 'vitest';
import { type JsonObject, type OpenApiDocument, toApiGatewaySpec } from '../../infra/spec/apiGatewaySpec.js';
import { options, refsOf } from './specWalk.js';

describe('toApiGatewaySpec rewrites', () => {
  const minimal = (schemas: JsonObject, extra: JsonObject = {}): OpenApiDocument => ({
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {
      '/things': {
        post: {
          operationId: 'createThing',
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing_In' } } } },
          responses: { '201': { description: 'ok' } },
        },
      },
    },
    components: { schemas },
    ...extra,
  });
  const modelsOf = (doc: JsonObject) => (doc.components as JsonObject).schemas as JsonObject;

  it('drops refused keywords but keeps properties that happen to be named like them', () => {
    const doc = toApiGatewaySpec(
      minimal({
        Thing_In: {
          type: 'object',
          example: { id: 1 },
          discriminator: { propertyName: 'kind' },
          properties: {
            example: { type: 'string', readOnly: true, format: 'uuid', pattern: '^a$' },
            kind: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
          },
        },
      }),
      options,
    );

    expect(modelsOf(doc).ThingIn).toEqual({ type: 'object', properties: { example: { type: 'string' }, kind: {} } });
  });

  it('turns nullable into a type list and exclusive integer bounds into inclusive ones', () => {
    const doc = toApiGatewaySpec(
      minimal({
        Thing_In: {
          type: 'object',
          properties: {
            note: { type: 'string', nullable: true },
            count: { type: 'integer', minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: true },
            ratio: { type: 'number', minimum: 0, exclusiveMinimum: true },
          },
        },
      }),
      options,
    );

    expect((modelsOf(doc).ThingIn as JsonObject).properties).toEqual({
      note: { type: ['string', 'null'] },
      count: { type: 'integer', minimum: 1, maximum: 9 },
      ratio: { type: 'number', minimum: 0 },
    });
  });

  it('renames models to letters and digits and follows the rename in references', () => {
    const doc = toApiGatewaySpec(minimal({ Thing_In: { type: 'object' } }), options);
    const post = ((doc.paths as JsonObject)['/things'] as JsonObject).post as JsonObject;

    expect(Object.keys(modelsOf(doc))).toEqual(['ThingIn']);
    expect(refsOf(post)).toEqual(['#/components/schemas/ThingIn']);
  });

  it('leaves bearer schemes out without an authorizer and makes them a Cognito authorizer with one', () => {
    const secured = minimal(
      { Thing_In: { type: 'object' } },
      {
        security: [{ bearer: [] }],
        components: {
          schemas: { Thing_In: { type: 'object' } },
          securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
        },
      },
    );
    const authorizer = { type: 'cognito_user_pools', providerARNs: ['arn:aws:cognito-idp:eu-west-1:1:userpool/x'] };

    const open = toApiGatewaySpec(secured, options);
    const closed = toApiGatewaySpec(secured, { ...options, bearerAuthorizer: authorizer });

    const things = (doc: JsonObject) => ((doc.paths as JsonObject)['/things'] as JsonObject).post as JsonObject;
    expect(things(open).security).toEqual([]);
    expect((open.components as JsonObject).securitySchemes).toBeUndefined();
    expect(things(closed).security).toEqual([{ bearer: [] }]);
    expect((closed.components as JsonObject).securitySchemes).toEqual({
      bearer: {
        type: 'apiKey',
        name: 'Authorization',
        in: 'header',
        'x-amazon-apigateway-authtype': 'cognito_user_pools',
        'x-amazon-apigateway-authorizer': authorizer,
      },
    });
  });

  it('echoes one of several allowed origins in preflights, and the request Origin in gateway errors', () => {
    const doc = toApiGatewaySpec(minimal({ Thing_In: { type: 'object' } }), {
      ...options,
      allowedOrigins: ['https://a.example', 'https://b.example'],
    });
    const preflight = ((doc.paths as JsonObject)['/things'] as JsonObject).options as JsonObject;
    const response = ((preflight['x-amazon-apigateway-integration'] as JsonObject).responses as JsonObject)
      .default as JsonObject;
    const errors = doc['x-amazon-apigateway-gateway-responses'] as Record<string, JsonObject>;

    expect(response.responseParameters).not.toHaveProperty('method.response.header.Access-Control-Allow-Origin');
    expect((response.responseTemplates as JsonObject)['application/json']).toContain(
      '#if($origin == "https://a.example" || $origin == "https://b.example")' +
        '#set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)#end',
    );
    expect(Object.keys((preflight.responses as JsonObject)['204'] as JsonObject)).toContain('headers');
    expect(errors.DEFAULT_4XX?.responseParameters).toMatchObject({
      'gatewayresponse.header.Access-Control-Allow-Origin': 'method.request.header.Origin',
      'gatewayresponse.header.Vary': "'Origin'",
    });
    expect(errors.DEFAULT_4XX?.responseParameters).not.toHaveProperty(
      'gatewayresponse.header.Access-Control-Allow-Credentials',
    );
  });

  it('sends no CORS headers when no origin is allowed', () => {
    const doc = toApiGatewaySpec(minimal({ Thing_In: { type: 'object' } }), { ...options, allowedOrigins: [] });
    const preflight = ((doc.paths as JsonObject)['/things'] as JsonObject).options as JsonObject;
    const response = ((preflight['x-amazon-apigateway-integration'] as JsonObject).responses as JsonObject)
      .default as JsonObject;

    const errors = doc['x-amazon-apigateway-gateway-responses'] as Record<string, JsonObject>;

    expect(Object.keys(response.responseParameters as JsonObject).filter((k) => /Access-Control/.test(k))).toEqual([]);
    expect(
      Object.keys(errors.DEFAULT_4XX?.responseParameters as JsonObject).filter((k) => /Access-Control/.test(k)),
    ).toEqual([]);
  });

  it('moves root-level security onto each operation, which is where API Gateway reads it', () => {
    const doc = minimal({ Thing_In: { type: 'object' } });
    doc.components = {
      ...(doc.components as JsonObject),
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
    };
    doc.security = [{ bearerAuth: [] }];

    const out = toApiGatewaySpec(doc, {
      ...options,
      bearerAuthorizer: { type: 'cognito_user_pools', providerARNs: ['arn'] },
    });

    expect(out.security).toBeUndefined();
    expect(((out.paths as JsonObject)['/things'] as JsonObject).post).toMatchObject({ security: [{ bearerAuth: [] }] });
  });

  it('drops default, and every parameter attribute but name, in, required, description and the type', () => {
    const doc = minimal({ Thing_In: { type: 'object', properties: { n: { type: 'integer', default: 3 } } } });
    (doc.paths['/things'] as JsonObject).parameters = [
      {
        name: 'limit',
        in: 'query',
        required: false,
        example: 5,
        style: 'form',
        schema: { type: 'integer', default: 20, minimum: 1 },
      },
    ];

    const out = toApiGatewaySpec(doc, options);

    expect(((out.paths as JsonObject)['/things'] as JsonObject).parameters).toEqual([
      { name: 'limit', in: 'query', required: false, schema: { type: 'integer' } },
    ]);
    expect(JSON.stringify(out.components)).not.toContain('default');
  });

  it('refuses OpenAPI 3.1, which API Gateway cannot import', () => {
    expect(() => toApiGatewaySpec({ ...minimal({}), openapi: '3.1.0' }, options)).toThrow(/3\.0/);
  });

  it('drops examples without resolving their references', () => {
    const doc = minimal({ Thing_In: { type: 'object' } });
    const post = (doc.paths['/things'] as JsonObject).post as JsonObject;
    post.responses = {
      '201': {
        description: 'ok',
        content: { 'application/json': { examples: { a: { $ref: '#/components/examples/Gone' } } } },
      },
    };

    const out = toApiGatewaySpec(doc, options);

    expect(((out.paths as JsonObject)['/things'] as JsonObject).post).toMatchObject({
      responses: { '201': { description: 'ok', content: { 'application/json': {} } } },
    });
  });

  it('refuses references to other files', () => {
    const doc = minimal({ Thing_In: { type: 'object' } });
    (doc.paths['/things'] as JsonObject).parameters = [{ $ref: 'common.yaml#/components/parameters/Id' }];
    expect(() => toApiGatewaySpec(doc, options)).toThrow(/local references/);
  });
});
