// Peer: Hono with @hono/zod-openapi and Hono's AWS Lambda adapter, as its docs show it: routes
// declared with createRoute, zod validation of the body and the path, errors answered as our
// problems (a defaultHook for validation, onError for the rest). Bundled only by the bench. The
// adapter is hono/aws-lambda: the @hono/aws-lambda its deprecation note points to is not on npm.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { type ApiGatewayRequestContext, handle, type LambdaEvent } from 'hono/aws-lambda';
import { HTTPException } from 'hono/http-exception';
import {
  badRequest,
  baseHeaders,
  fieldErrors,
  internalError,
  PeerProblem,
  problemResponse,
  validationFailed,
} from './problems.js';
import { User, UserInput, UserPath } from './userSchemas.js';
import { createUserService, health } from './userService.js';

type Env = { Bindings: { event: LambdaEvent; requestContext: ApiGatewayRequestContext } };

const service = createUserService(process.env);
const WHERE = { json: '/body', param: '/path' } as Record<string, string>;
const claimsOf = (c: Context<Env>) => c.env.requestContext.authorizer?.claims as Record<string, unknown> | undefined;
const correlationIdOf = (c: Context<Env>) => c.req.header('x-correlation-id') ?? c.env.requestContext.requestId;
const instanceOf = (c: Context<Env>) => new URL(c.req.url).pathname;

const app = new OpenAPIHono<Env>({
  defaultHook: (result) => {
    if (!result.success) throw validationFailed(fieldErrors(result.error.issues, WHERE[result.target] ?? ''));
  },
});

const problemSchema = { 'application/problem+json': { schema: UserPath.partial() } };
const createUserRoute = createRoute({
  method: 'post',
  path: '/users',
  request: { body: { content: { 'application/json': { schema: UserInput } }, required: true } },
  responses: {
    201: { description: 'The user was created.', content: { 'application/json': { schema: User } } },
    400: { description: 'Validation failed.', content: problemSchema },
  },
});
const getUserRoute = createRoute({
  method: 'get',
  path: '/users/{userId}',
  request: { params: UserPath },
  responses: {
    200: { description: 'The user.', content: { 'application/json': { schema: User } } },
    404: { description: 'No such user.', content: problemSchema },
  },
});

app.get('/health', (c) => c.json(health, 200, baseHeaders(correlationIdOf(c))));

app.openapi(createUserRoute, async (c) => {
  const user = await service.create(claimsOf(c), c.req.valid('json'));
  const headers = { ...baseHeaders(correlationIdOf(c)), location: `/users/${user.userId}`, etag: `"${user.version}"` };
  return c.json(user, 201, headers);
});

app.openapi(getUserRoute, async (c) => {
  const user = await service.get(claimsOf(c), c.req.valid('param').userId);
  return c.json(user, 200, { ...baseHeaders(correlationIdOf(c)), etag: `"${user.version}"` });
});

app.notFound((c) =>
  problemResponse(
    new PeerProblem(404, 'Not Found', 'urn:problem:not-found', `There is no ${instanceOf(c)}.`),
    instanceOf(c),
    correlationIdOf(c),
  ),
);

app.onError((err, c) => {
  let problem: PeerProblem;
  if (err instanceof PeerProblem) problem = err;
  // Hono's own 400s: a body that is not JSON, or not sent as JSON.
  else if (err instanceof HTTPException && err.status === 400) problem = badRequest(err.message);
  else {
    console.error(JSON.stringify({ level: 'ERROR', message: 'Internal Server Error', error: String(err) }));
    problem = internalError();
  }
  return problemResponse(problem, instanceOf(c), correlationIdOf(c));
});

export const handler = handle(app);
