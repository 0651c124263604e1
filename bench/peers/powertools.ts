// Peer: Powertools for AWS Lambda's HTTP event handler (REST payload v1) with its validation
// (Standard Schema, here zod) of the body and the path, errors answered as our problems through
// its error handlers. Bundled only by the bench.
import { type NotFoundError, RequestValidationError, Router } from '@aws-lambda-powertools/event-handler/http';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import {
  badRequest,
  baseHeaders,
  fieldErrors,
  internalError,
  PeerProblem,
  problemResponse,
  validationFailed,
} from './problems.js';
import { UserInput, UserPath } from './userSchemas.js';
import { createUserService, health } from './userService.js';

type Event = APIGatewayProxyEvent;
const service = createUserService(process.env);
const app = new Router();

const claimsOf = (event: Event) => event.requestContext.authorizer?.claims as Record<string, unknown> | undefined;
const correlationIdOf = (req: Request, event: Event) =>
  req.headers.get('x-correlation-id') ?? event.requestContext.requestId;

app.get('/health', async ({ req, event }) =>
  Response.json(health, { headers: baseHeaders(correlationIdOf(req, event as Event)) }),
);

app.post(
  '/users',
  async ({ req, event, valid }) => {
    const user = await service.create(claimsOf(event as Event), valid.req.body);
    const headers = {
      ...baseHeaders(correlationIdOf(req, event as Event)),
      location: `/users/${user.userId}`,
      etag: `"${user.version}"`,
    };
    return Response.json(user, { status: 201, headers });
  },
  { validation: { req: { body: UserInput } } },
);

app.get(
  '/users/:userId',
  async ({ req, event, valid }) => {
    const user = await service.get(claimsOf(event as Event), valid.req.path.userId);
    const headers = { ...baseHeaders(correlationIdOf(req, event as Event)), etag: `"${user.version}"` };
    return Response.json(user, { headers });
  },
  { validation: { req: { path: UserPath } } },
);

app.errorHandler(RequestValidationError, async (error, { req, event }) => {
  const issues = (error.details as { issues?: { message: string; path?: PropertyKey[] }[] } | undefined)?.issues;
  // The body was not JSON: the middleware reports no issues, only the cause.
  const problem = issues?.length
    ? validationFailed(fieldErrors(issues, ''))
    : badRequest(`The body is not valid JSON: ${(error.cause as Error | undefined)?.message ?? error.message}`);
  return problemResponse(problem, new URL(req.url).pathname, correlationIdOf(req, event as Event));
});

app.errorHandler(PeerProblem, async (problem, { req, event }) =>
  problemResponse(problem, new URL(req.url).pathname, correlationIdOf(req, event as Event)),
);

app.notFound(async (_error: NotFoundError, { req, event }) => {
  const path = new URL(req.url).pathname;
  const problem = new PeerProblem(404, 'Not Found', 'urn:problem:not-found', `There is no ${path}.`);
  return problemResponse(problem, path, correlationIdOf(req, event as Event));
});

app.errorHandler(Error, async (error, { req, event }) => {
  console.error(JSON.stringify({ level: 'ERROR', message: 'Internal Server Error', error: String(error) }));
  return problemResponse(internalError(), new URL(req.url).pathname, correlationIdOf(req, event as Event));
});

export const handler = (event: Event, context: Context) => app.resolve(event, context);
