// Request validators as API Gateway applies them: required parameters present (no type
// or format checks), and the body against the model of its content type in JSON
// Schema draft 4. No model for the content type means no body validation.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html
import type { ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import type { Json, JsonObject, Method, RestApi } from './document.js';
import type { GatewayError } from './renderGatewayResponse.js';

export interface ValidationInput {
  /** A request header, its name matched without regard to case; undefined when absent. */
  header(name: string): string | undefined;
  query: Record<string, string>;
  pathParameters: Record<string, string>;
  body: string | null;
}

/** A method's required parameters, in the order AWS lists the missing ones: headers, path, query. */
function requiredParameters(method: Method) {
  const names = (where: 'header' | 'path' | 'query') =>
    method.parameters.filter((p) => p.in === where && p.required).map((p) => p.name);
  return { header: names('header'), path: names('path'), query: names('query') };
}

/** Compiles each method's request models once, against the document's models. */
export function createRequestValidator(api: RestApi) {
  // Formats: AWS's enforcement is reported both ways; the transform strips them anyway.
  const ajv = new AjvDraft04.default({ allErrors: false, strict: false, validateFormats: false });
  const cache = new Map<Json, ValidateFunction>();
  const compile = (schema: Json): ValidateFunction => {
    const known = cache.get(schema);
    if (known) return known;
    const fn = ajv.compile({ allOf: [schema], components: { schemas: api.models } } as JsonObject);
    cache.set(schema, fn);
    return fn;
  };

  // Worked out once per method, on its first request.
  const required = new Map<Method, ReturnType<typeof requiredParameters>>();

  return function validate(method: Method, input: ValidationInput): GatewayError | undefined {
    const validator = method.validator;
    if (!validator) return undefined;
    if (validator.validateRequestParameters) {
      let names = required.get(method);
      if (!names) {
        names = requiredParameters(method);
        required.set(method, names);
      }
      const missing = [
        ...names.header.filter((name) => input.header(name) === undefined),
        ...names.path.filter((name) => input.pathParameters[name] === undefined),
        ...names.query.filter((name) => input.query[name] === undefined),
      ];
      if (missing.length > 0) {
        return {
          responseType: 'BAD_REQUEST_PARAMETERS',
          message: `Missing required request parameters: [${missing.join(', ')}]`,
        };
      }
    }
    if (validator.validateRequestBody) {
      // Without a Content-Type, API Gateway assumes application/json.
      const type = (input.header('content-type') ?? 'application/json').split(';')[0]?.trim().toLowerCase() ?? '';
      const schema = method.requestModels[type] ?? method.requestModels.$default;
      if (schema === undefined) return undefined;
      let body: unknown;
      try {
        body = JSON.parse(input.body ?? '');
      } catch {
        return {
          responseType: 'BAD_REQUEST_BODY',
          message: 'Invalid request body',
          validationErrorString: '[Invalid JSON]',
        };
      }
      const fn = compile(schema);
      if (!fn(body)) {
        const first = fn.errors?.[0];
        return {
          responseType: 'BAD_REQUEST_BODY',
          message: 'Invalid request body',
          validationErrorString: `[${first ? `${first.instancePath || '/'} ${first.message}` : 'invalid'}]`,
        };
      }
    }
    return undefined;
  };
}
