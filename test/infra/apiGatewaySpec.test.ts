// The openapi.yaml → API Gateway body transform: an integration for every operation,
// mock preflights and 405s, problem+json gateway errors, and nothing the import refuses.
import { describe, expect, it } from 'vitest';
import { httpMethods, type JsonObject, loadSpec, toApiGatewaySpec } from '../../infra/spec/apiGatewaySpec.js';
import { gatewayProblems } from '../../infra/spec/gatewayResponses.js';
import { isObject, keywordsOf, options, refsOf } from './specWalk.js';

const spec = loadSpec();
const body = toApiGatewaySpec(spec, options);

/** Keywords API Gateway's REST import refuses or ignores in models, and what the transform rewrites. */
const unsupportedKeywords = [
  'example',
  'examples',
  'discriminator',
  'oneOf',
  'anyOf',
  'readOnly',
  'writeOnly',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'nullable',
  'format',
  'pattern',
  'default',
];

/** The only parameter attributes the import reads (AWS known issues); `schema` carries just `type`. */
const parameterAttributes = ['name', 'in', 'required', 'description', 'schema'];

/** The operations of the spec (the body's preflight methods have no operationId). */
function operationsOf(doc: JsonObject): Array<{ path: string; method: string; operation: JsonObject }> {
  return Object.entries(doc.paths as JsonObject).flatMap(([path, item]) =>
    httpMethods.flatMap((method) => {
      const operation = (item as JsonObject)[method];
      return isObject(operation) && operation.operationId !== undefined ? [{ path, method, operation }] : [];
    }),
  );
}

/** What API Gateway would send for a gateway response template (only $context is substituted). */
const renderTemplate = (template: string) =>
  template
    .replace('$context.error.messageString', JSON.stringify('Invalid "request" body'))
    .replace('$context.requestId', 'abc-123');

describe('toApiGatewaySpec on openapi.yaml', () => {
  it('leaves the events (x-webhooks) and the schemas only they use out of what API Gateway imports', () => {
    const models = Object.keys((body.components as JsonObject).schemas as JsonObject);

    expect(spec['x-webhooks']).toBeDefined();
    expect(body).not.toHaveProperty('x-webhooks');
    expect(models).not.toContain('UserEvent');
    expect(models).not.toContain('ItemPurgedEvent');
    // Every model still referenced by a path is there: the users' and items' shapes.
    expect(models).toEqual(expect.arrayContaining(['User', 'Item', 'Problem']));
  });

  it('keeps openapi.yaml itself free of AWS extensions', () => {
    expect(JSON.stringify(spec)).not.toMatch(/x-amazon-apigateway/); // every file of it, bundled
  });

  it('gives every operationId in openapi.yaml a Lambda proxy integration', () => {
    const specIds = operationsOf(spec).map(({ operation }) => operation.operationId);
    const bodyOps = operationsOf(body);

    expect(bodyOps.map(({ operation }) => operation.operationId).sort()).toEqual([...specIds].sort());
    expect(specIds.length).toBeGreaterThanOrEqual(6);
    for (const { operation } of bodyOps) {
      expect(operation['x-amazon-apigateway-integration'], String(operation.operationId)).toEqual({
        type: 'aws_proxy',
        httpMethod: 'POST',
        uri: options.integrationUri,
        passthroughBehavior: 'when_no_match',
      });
    }
  });

  it('answers every other method on a known path at the gateway with a 405 and Allow, never invoking the function', () => {
    for (const [path, item] of Object.entries(body.paths as JsonObject)) {
      const methods = httpMethods.filter((m) => m !== 'options' && (item as JsonObject)[m]).map((m) => m.toUpperCase());
      const any = (item as JsonObject)['x-amazon-apigateway-any-method'] as JsonObject;
      const integration = any['x-amazon-apigateway-integration'] as JsonObject;

      expect(any.security, path).toEqual([]);
      expect(integration.type, path).toBe('mock');
      expect(JSON.stringify(integration), path).not.toContain(options.integrationUri);
      expect((integration.responses as JsonObject).default, path).toMatchObject({
        statusCode: '405',
        responseParameters: {
          'method.response.header.Allow': `'${methods.join(', ')}'`,
          'method.response.header.Content-Type': "'application/problem+json'",
        },
      });
    }
  });

  it('declares no request validator: the function validates every request and lists every failing field', () => {
    expect(body['x-amazon-apigateway-request-validators']).toBeUndefined();
    expect(body['x-amazon-apigateway-request-validator']).toBeUndefined();
    for (const { operation } of operationsOf(body)) {
      expect(operation['x-amazon-apigateway-request-validator']).toBeUndefined();
    }
  });

  it('puts security on every operation, since API Gateway ignores it at the root', () => {
    const authorizer = { type: 'cognito_user_pools', providerARNs: ['arn:aws:cognito-idp:eu-west-1:1:userpool/x'] };
    const secured = toApiGatewaySpec(spec, { ...options, bearerAuthorizer: authorizer });

    expect(secured.security).toBeUndefined();
    for (const { operation } of operationsOf(spec)) {
      const imported = operationsOf(secured).find((o) => o.operation.operationId === operation.operationId);
      const needsToken = ((operation.security ?? spec.security ?? []) as JsonObject[]).length > 0;
      expect(imported?.operation.security, String(operation.operationId)).toEqual(
        needsToken ? [{ bearerAuth: [] }] : [],
      );
    }
  });

  it('keeps only the parameter attributes the import reads', () => {
    const parameters = Object.values(body.paths as JsonObject).flatMap((item) =>
      Object.values(item as JsonObject).flatMap((op) =>
        isObject(op) && Array.isArray(op.parameters) ? (op.parameters as JsonObject[]) : [],
      ),
    );
    expect(parameters.length).toBeGreaterThan(5);
    for (const parameter of parameters) {
      expect(
        Object.keys(parameter).filter((k) => !parameterAttributes.includes(k)),
        String(parameter.name),
      ).toEqual([]);
      if (parameter.schema !== undefined) expect(Object.keys(parameter.schema as JsonObject)).toEqual(['type']);
    }
  });

  it('contains none of the features the API Gateway import does not support', () => {
    const keywords = keywordsOf(body);

    expect(body.openapi).toMatch(/^3\.0\.\d+$/);
    expect(unsupportedKeywords.filter((k) => keywords.has(k))).toEqual([]);
    expect(body.servers).toBeUndefined();
    for (const ref of refsOf(body)) expect(ref).toMatch(/^#\/components\/schemas\/[A-Za-z0-9]+$/);
    for (const name of Object.keys((body.components as JsonObject).schemas as JsonObject)) {
      expect(name).toMatch(/^[A-Za-z0-9]+$/);
    }
    for (const scheme of Object.values(((body.components as JsonObject).securitySchemes ?? {}) as JsonObject)) {
      expect((scheme as JsonObject).type).toBe('apiKey');
    }
  });

  it('keeps the spec’s validation bounds (types, required, lengths, ranges, enums)', () => {
    const userInput = ((body.components as JsonObject).schemas as JsonObject).UserInput as JsonObject;

    expect(userInput).toMatchObject({ type: 'object', additionalProperties: false, required: ['name', 'email'] });
    expect(userInput.properties).toMatchObject({ age: { type: 'integer', minimum: 1, maximum: 150 } });
  });

  it('answers gateway errors as problem+json with CORS and correlation headers', () => {
    const responses = body['x-amazon-apigateway-gateway-responses'] as Record<string, JsonObject>;

    expect(Object.keys(responses)).toEqual(expect.arrayContaining(['DEFAULT_4XX', 'DEFAULT_5XX', 'BAD_REQUEST_BODY']));
    for (const [type, response] of Object.entries(responses)) {
      const problem = JSON.parse(
        renderTemplate((response.responseTemplates as JsonObject)['application/json'] as string),
      );
      expect(problem, type).toEqual({
        type: gatewayProblems[type]?.type,
        title: gatewayProblems[type]?.title,
        status: Number(response.statusCode),
        detail: type === 'MISSING_AUTHENTICATION_TOKEN' ? 'No resource matches the path.' : 'Invalid "request" body',
        correlationId: 'abc-123',
      });
      expect(response.responseParameters, type).toMatchObject({
        'gatewayresponse.header.Content-Type': "'application/problem+json'",
        'gatewayresponse.header.Access-Control-Allow-Origin': "'*'",
        'gatewayresponse.header.Access-Control-Expose-Headers': expect.stringMatching(/x-correlation-id/i),
        'gatewayresponse.header.X-Correlation-Id': 'method.request.header.X-Correlation-Id',
        'gatewayresponse.header.X-Content-Type-Options': "'nosniff'",
        'gatewayresponse.header.Cache-Control': "'no-store'",
      });
    }
    expect(responses.MISSING_AUTHENTICATION_TOKEN?.statusCode).toBe('404'); // unknown path, as in the spec
    expect(responses.REQUEST_TOO_LARGE).toBeUndefined(); // AWS does not support customizing it
  });

  it('answers CORS preflights on every path at the gateway, with the methods of that path', () => {
    for (const [path, item] of Object.entries(body.paths as JsonObject)) {
      const preflight = (item as JsonObject).options as JsonObject;
      const integration = preflight['x-amazon-apigateway-integration'] as JsonObject;
      const response = (integration.responses as JsonObject).default as JsonObject;
      const methods = httpMethods.filter((m) => m !== 'options' && (item as JsonObject)[m]).map((m) => m.toUpperCase());

      expect(integration.type, path).toBe('mock');
      expect(response.responseParameters, path).toMatchObject({
        'method.response.header.Access-Control-Allow-Origin': "'*'",
        'method.response.header.Access-Control-Allow-Methods': `'${[...methods, 'OPTIONS'].join(', ')}'`,
        'method.response.header.Access-Control-Allow-Headers': expect.stringMatching(/authorization/),
      });
    }
  });

  it('declares every header a mapping sets, as the import requires', () => {
    const methods = Object.values(body.paths as JsonObject).flatMap((item) => Object.values(item as JsonObject));
    for (const method of methods.filter(isObject)) {
      const integration = method['x-amazon-apigateway-integration'] as JsonObject | undefined;
      for (const [status, response] of Object.entries((integration?.responses ?? {}) as JsonObject)) {
        const declared = ((
          (method.responses as JsonObject)[(response as JsonObject).statusCode as string] as JsonObject
        )?.headers ?? {}) as JsonObject;
        for (const key of Object.keys(((response as JsonObject).responseParameters ?? {}) as JsonObject)) {
          expect(Object.keys(declared), `${status} ${key}`).toContain(key.replace('method.response.header.', ''));
        }
      }
    }
  });

  it('leaves the parsed spec untouched', () => {
    const before = JSON.stringify(loadSpec());
    toApiGatewaySpec(spec, options);
    expect(JSON.stringify(spec)).toBe(before);
  });
});
