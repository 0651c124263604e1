// A small REST API Gateway emulator that knows only the imported document: route to a
// resource and method, throttle, authorize, check the API key and its usage plan, validate,
// then run the integration (a mock, or a Lambda proxy in process). Every refusal is the
// document's gateway response.
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { authorize, type TokenVerifier } from './authorizers.js';
import { type JsonObject, loadRestApi, type Method, matchRoute } from './document.js';
import type { HttpRequest, HttpResponse, RequestContext } from './http.js';
import { API_KEY_HEADER } from './methodSecurity.js';
import { answerMock } from './mockIntegration.js';
import { toApiGatewayEvent } from './proxyEvent.js';
import { type GatewayError, renderGatewayResponse } from './renderGatewayResponse.js';
import { createRequestValidator } from './requestValidation.js';
import type { StageThrottle } from './stageThrottle.js';
import { UsagePlanEnforcer } from './usagePlans.js';

export type ProxyHandler = (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult>;

export interface RestApiOptions {
  /** The imported document: the infra transform's output. */
  document: JsonObject;
  /** Lambda proxy integrations by their `uri`. */
  functions: ReadonlyMap<string, ProxyHandler>;
  /** Token verifiers by user pool ARN (the Cognito authorizers' providerARNs). */
  userPools: ReadonlyMap<string, TokenVerifier>;
  /** The stage's method throttle: one bucket per method, shared by every caller. */
  throttle: StageThrottle;
  /** The API keys of the stage's usage plans, for methods that require a key (none: every such request is refused). */
  usagePlans?: UsagePlanEnforcer;
  stage?: string;
  log?: (line: string) => void;
}

/** Refuses at start what would fail in AWS or could not be emulated, as the import would. */
function checkIntegrations(methods: Method[], options: RestApiOptions): void {
  for (const m of methods) {
    const type = m.integration.type;
    if (type === 'aws_proxy' && !options.functions.has(String(m.integration.uri))) {
      throw new Error(`${m.httpMethod} ${m.resourcePath}: no function for ${String(m.integration.uri)}`);
    }
    if (type !== 'aws_proxy' && type !== 'mock') throw new Error(`Integration type ${String(type)} is not emulated`);
    for (const arn of m.authorizer?.providerARNs ?? []) {
      if (!options.userPools.has(arn)) throw new Error(`${m.httpMethod} ${m.resourcePath}: no user pool ${arn}`);
    }
  }
}

/** Header names lower-cased once per request, and only when a step asks for a header. */
function headerLookup(headers: [string, string][]): (name: string) => string | undefined {
  let lower: Map<string, string> | undefined;
  return (name) => {
    if (!lower) {
      lower = new Map();
      for (const [n, value] of headers) lower.set(n.toLowerCase(), value);
    }
    return lower.get(name.toLowerCase());
  };
}

function contextOf(req: HttpRequest, requestId: string, stage: string): RequestContext {
  return {
    requestId,
    httpMethod: req.method,
    path: req.path,
    stage,
    sourceIp: req.sourceIp,
    header: headerLookup(req.headers),
    query: req.query.length === 0 ? {} : Object.fromEntries(req.query),
    pathParameters: {},
  };
}

export function createRestApi(options: RestApiOptions) {
  const api = loadRestApi(options.document);
  checkIntegrations(
    api.resources.flatMap((r) => [...r.methods.values()]),
    options,
  );
  const validate = createRequestValidator(api);
  const stage = options.stage ?? 'local';
  const usagePlans = options.usagePlans ?? new UsagePlanEnforcer([]);

  // Every answer made here is a new object: its headers take the request id in place.
  const withIds = (res: HttpResponse, requestId: string): HttpResponse => {
    res.headers['x-amzn-RequestId'] = requestId;
    return res;
  };
  const refusal = (error: GatewayError, ctx: RequestContext) =>
    withIds(renderGatewayResponse(api, error, ctx), ctx.requestId);

  return async function handle(req: HttpRequest): Promise<HttpResponse> {
    const requestId = randomUUID();
    const ctx = contextOf(req, requestId, stage);

    const route = matchRoute(api, req.path, req.method);
    if (!route)
      return refusal({ responseType: 'MISSING_AUTHENTICATION_TOKEN', message: 'Missing Authentication Token' }, ctx);
    const { method, pathParameters } = route;
    ctx.resourcePath = method.resourcePath;
    ctx.pathParameters = pathParameters;

    if (!options.throttle.take(`${method.httpMethod} ${method.resourcePath}`)) {
      return refusal({ responseType: 'THROTTLED', message: 'Too Many Requests' }, ctx);
    }
    let claims: Record<string, string> | undefined;
    if (method.authorizer) {
      const result = await authorize(
        method.authorizer,
        ctx.header(method.authorizer.identityHeader),
        options.userPools,
      );
      if ('error' in result) return refusal(result.error, ctx);
      claims = result.claims;
    }
    // After the authorizer: a key source of AUTHORIZER takes the key from a Lambda authorizer's answer.
    let apiKey: { value: string; id: string } | undefined;
    if (method.apiKeyRequired) {
      const admitted = usagePlans.admit(ctx.header(API_KEY_HEADER));
      if ('error' in admitted) return refusal(admitted.error, ctx);
      apiKey = { value: admitted.key.value, id: admitted.key.name };
    }
    const invalid = validate(method, {
      header: ctx.header,
      query: ctx.query,
      pathParameters,
      body: req.body,
    });
    if (invalid) return refusal(invalid, ctx);

    if (method.integration.type === 'mock') {
      return withIds(answerMock(method, ctx, Object.fromEntries(req.headers), req.body), requestId);
    }
    const fn = options.functions.get(String(method.integration.uri)) as ProxyHandler;
    const event = toApiGatewayEvent(req, {
      requestId,
      stage,
      resource: method.resourcePath,
      pathParameters,
      claims,
      apiKey,
    });
    try {
      const result = await fn(event);
      const body = result.isBase64Encoded ? Buffer.from(result.body, 'base64').toString('utf8') : result.body;
      return withIds(
        {
          statusCode: result.statusCode,
          headers: { ...(result.headers as Record<string, string>) },
          ...(result.multiValueHeaders
            ? { multiValueHeaders: result.multiValueHeaders as Record<string, string[]> }
            : {}),
          body,
        },
        requestId,
      );
    } catch (err) {
      // A function that throws or returns no proxy result: API Gateway's 502.
      options.log?.(`function error: ${(err as Error).stack ?? String(err)}`);
      return withIds(
        {
          statusCode: 502,
          headers: { 'Content-Type': 'application/json' },
          body: '{"message": "Internal server error"}',
        },
        requestId,
      );
    }
  };
}

export type RestApiHandler = ReturnType<typeof createRestApi>;
