// Mock integrations: API Gateway answers from the method's own templates (VTL, run
// here by velocityjs), e.g. CORS preflights and 405s. The request template picks the
// status; the integration response sets headers and may override them via
// `$context.responseOverride`.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html
import velocity from 'velocityjs';
import { isObject, type Json } from '../../../infra/spec/models.js';
import type { Method } from './document.js';
import type { HttpResponse, RequestContext } from './http.js';

/**
 * Java's Map.get over request values: null (undefined here) for a name the request lacks, so
 * a template that relies on '' instead fails here as it would in AWS. Velocity then differs in
 * a way templates must not depend on either: `#set($x = <null>)` leaves $x as it was in
 * Velocity 1.x (velocityjs unsets it), and `#if("")` is true in 1.x (false in velocityjs);
 * so test a header with `"$!{...}" == ""` (infra/spec/mockOperations.ts).
 */
const lookup = (map: Record<string, string>) => ({ get: (name: string) => map[name] });

interface Override {
  header: Record<string, string>;
  status?: number;
}

function render(template: string, ctx: RequestContext, rawHeaders: Record<string, string>, body: string | null) {
  const responseOverride: Override = { header: {} };
  const context = {
    requestId: ctx.requestId,
    extendedRequestId: ctx.requestId,
    httpMethod: ctx.httpMethod,
    path: ctx.path,
    resourcePath: ctx.resourcePath,
    stage: ctx.stage,
    identity: { sourceIp: ctx.sourceIp },
    responseOverride,
  };
  // Header names as sent: API Gateway processes them case-sensitively (known issues).
  const params = { header: rawHeaders, querystring: ctx.query, path: ctx.pathParameters };
  const input = {
    body: body ?? '',
    params: (name?: string) => {
      if (name === undefined)
        return { header: lookup(params.header), querystring: lookup(params.querystring), path: lookup(params.path) };
      return params.path[name] ?? params.querystring[name] ?? params.header[name] ?? '';
    },
  };
  const output = velocity.render(template, { context, input }); // no $util: no template here uses it
  return { output, responseOverride };
}

function pickTemplate(templates: Json | undefined, contentType: string | undefined): string | undefined {
  if (!isObject(templates)) return undefined;
  // Without a Content-Type, API Gateway assumes application/json.
  const type = (contentType ?? 'application/json').split(';')[0]?.trim().toLowerCase() ?? '';
  const found = templates[type];
  return typeof found === 'string' ? found : undefined;
}

export function answerMock(
  method: Method,
  ctx: RequestContext,
  rawHeaders: Record<string, string>,
  body: string | null,
): HttpResponse {
  const integration = method.integration;
  const requestTemplate = pickTemplate(integration.requestTemplates, ctx.header('content-type'));
  let requested = 200;
  const source = requestTemplate === undefined ? body : render(requestTemplate, ctx, rawHeaders, body).output;
  try {
    const parsed = JSON.parse(source ?? '') as Json;
    if (isObject(parsed) && typeof parsed.statusCode === 'number') requested = parsed.statusCode;
  } catch {
    // No statusCode: the default integration response answers.
  }
  const responses = isObject(integration.responses) ? integration.responses : {};
  const chosen =
    Object.entries(responses).find(
      ([pattern]) => pattern !== 'default' && new RegExp(`^${pattern}$`).test(String(requested)),
    )?.[1] ?? responses.default;
  if (!isObject(chosen))
    return {
      statusCode: 500,
      headers: { 'Content-Type': 'application/json' },
      body: '{"message": "Internal server error"}',
    };

  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(isObject(chosen.responseParameters) ? chosen.responseParameters : {})) {
    const name = key.replace(/^method\.response\.header\./, '');
    if (typeof value === 'string' && value.startsWith("'") && value.endsWith("'")) headers[name] = value.slice(1, -1);
  }
  let responseBody = '';
  let status = Number(chosen.statusCode ?? 200);
  const responseTemplate = pickTemplate(chosen.responseTemplates, 'application/json');
  if (responseTemplate !== undefined) {
    const { output, responseOverride } = render(responseTemplate, ctx, rawHeaders, body);
    responseBody = output.trim();
    Object.assign(headers, responseOverride.header);
    if (responseOverride.status !== undefined) status = Number(responseOverride.status);
  }
  // API Gateway gives every integration response a Content-Type (known issues).
  if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
    headers['Content-Type'] = 'application/json';
  return { statusCode: status, headers, body: responseBody };
}
