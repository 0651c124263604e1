// Every problem the service can answer, pinned to its wire values: clients switch on
// `type` and `status`, so each is a contract constant, not an implementation detail.
import { describe, expect, it } from 'vitest';
import {
  BadRequest,
  Conflict,
  Forbidden,
  InternalError,
  MethodNotAllowed,
  NotFound,
  PayloadTooLarge,
  PreconditionFailed,
  PreconditionRequired,
  type ProblemError,
  RequestHeaderFieldsTooLarge,
  ServiceUnavailable,
  toProblemError,
  Unauthorized,
  UnprocessableContent,
  UnsupportedMediaType,
  ValidationFailed,
} from '../../src/http/problems.js';
import {
  DatabaseUnavailableError,
  EmailTakenError,
  InvalidCursorError,
  ItemVersionMismatch,
  StaleVersionError,
} from '../../src/store/errors.js';

const cases: Array<[ProblemError, number, string, string, string, Record<string, string>]> = [
  [new BadRequest('bad'), 400, 'Bad Request', 'urn:problem:bad-request', 'bad', {}],
  [new Unauthorized('who?'), 401, 'Unauthorized', 'urn:problem:unauthorized', 'who?', { 'www-authenticate': 'Bearer' }],
  [new Forbidden('no'), 403, 'Forbidden', 'urn:problem:forbidden', 'no', {}],
  [new NotFound('gone'), 404, 'Not Found', 'urn:problem:not-found', 'gone', {}],
  [
    new MethodNotAllowed('PATCH', '/users', ['GET', 'POST']),
    405,
    'Method Not Allowed',
    'urn:problem:method-not-allowed',
    '/users does not support PATCH; it supports GET, POST.',
    { allow: 'GET, POST' },
  ],
  [new Conflict('taken'), 409, 'Conflict', 'urn:problem:conflict', 'taken', {}],
  [new Conflict('taken', { type: 'urn:problem:email-taken' }), 409, 'Conflict', 'urn:problem:email-taken', 'taken', {}],
  [
    new PreconditionFailed('stale', '"3"'),
    412,
    'Precondition Failed',
    'urn:problem:precondition-failed',
    'stale',
    { etag: '"3"' },
  ],
  [new PreconditionFailed('stale'), 412, 'Precondition Failed', 'urn:problem:precondition-failed', 'stale', {}],
  [new PayloadTooLarge('big'), 413, 'Payload Too Large', 'urn:problem:payload-too-large', 'big', {}],
  [new UnsupportedMediaType('xml'), 415, 'Unsupported Media Type', 'urn:problem:unsupported-media-type', 'xml', {}],
  [
    new UnprocessableContent('other body'),
    422,
    'Unprocessable Content',
    'urn:problem:unprocessable-content',
    'other body',
    {},
  ],
  [
    new UnprocessableContent('other body', { type: 'urn:problem:idempotency-key-reused' }),
    422,
    'Unprocessable Content',
    'urn:problem:idempotency-key-reused',
    'other body',
    {},
  ],
  [
    new PreconditionRequired('If-Match'),
    428,
    'Precondition Required',
    'urn:problem:precondition-required',
    'If-Match',
    {},
  ],
  [
    new RequestHeaderFieldsTooLarge('huge'),
    431,
    'Request Header Fields Too Large',
    'urn:problem:request-header-fields-too-large',
    'huge',
    {},
  ],
  [
    new InternalError(),
    500,
    'Internal Server Error',
    'urn:problem:internal',
    'An unexpected error occurred. Quote the correlation id when reporting it.',
    {},
  ],
  [
    new ServiceUnavailable(5),
    503,
    'Service Unavailable',
    'urn:problem:service-unavailable',
    'The database is unavailable. Retry after 5 seconds.',
    { 'retry-after': '5' },
  ],
];

describe('problems', () => {
  it.each(cases)(
    '%s answers %i with its title, type, detail and headers',
    (error, status, title, type, detail, headers) => {
      expect(error.toProblem('/users/1', 'corr-1')).toEqual({
        type,
        title,
        status,
        detail,
        instance: '/users/1',
        correlationId: 'corr-1',
      });
      expect(error.headers).toStrictEqual(headers);
      expect(error.message).toBe(detail);
      expect(error.name).toBe(error.constructor.name);
    },
  );

  it('lists every failing field in a validation problem, and counts them in its detail', () => {
    const one = new ValidationFailed([{ path: '/body/name', message: 'is required' }]);
    const two = new ValidationFailed([
      { path: '/body/name', message: 'is required' },
      { path: '/body/age', message: 'must be <= 150' },
    ]);

    expect(one.toProblem('/users', 'c')).toEqual({
      type: 'urn:problem:validation-failed',
      title: 'Validation Failed',
      status: 400,
      detail: 'The request has 1 invalid field.',
      instance: '/users',
      correlationId: 'c',
      errors: [{ path: '/body/name', message: 'is required' }],
    });
    expect(two.detail).toBe('The request has 2 invalid fields.');
    expect(two.toProblem('/users', 'c').errors).toHaveLength(2);
    expect(one.headers).toStrictEqual({});
  });

  it('keeps the cause for the logs, never for the body', () => {
    const cause = new Error('ConditionalCheckFailed in table users-api');
    const problem = new ServiceUnavailable(2, { cause });

    expect(problem.cause).toBe(cause);
    expect(JSON.stringify(problem.toProblem('/x', 'c'))).not.toContain('ConditionalCheck');
  });
});

describe('toProblemError, the one map from failures to problems', () => {
  const item = { itemId: 'i1', name: 'n', createdAt: 't', updatedAt: 't', version: 7 };

  it.each([
    [
      new EmailTakenError('ada@example.com'),
      409,
      'urn:problem:email-taken',
      'The email ada@example.com belongs to another user.',
      {},
    ],
    [new StaleVersionError(), 409, 'urn:problem:conflict', 'The resource is being changed by others; retry.', {}],
    [
      new ItemVersionMismatch(item),
      412,
      'urn:problem:precondition-failed',
      'The item is at version "7".',
      { etag: '"7"' },
    ],
    [
      new DatabaseUnavailableError(),
      503,
      'urn:problem:service-unavailable',
      'The database is unavailable. Retry after 3 seconds.',
      { 'retry-after': '3' },
    ],
    [
      new Error('boom'),
      500,
      'urn:problem:internal',
      'An unexpected error occurred. Quote the correlation id when reporting it.',
      {},
    ],
    [
      'not even an Error',
      500,
      'urn:problem:internal',
      'An unexpected error occurred. Quote the correlation id when reporting it.',
      {},
    ],
  ])('maps %o to its problem', (err, status, type, detail, headers) => {
    const problem = toProblemError(err, 3);

    expect(problem.status).toBe(status);
    expect(problem.type).toBe(type);
    expect(problem.detail).toBe(detail);
    expect(problem.headers).toStrictEqual(headers);
  });

  it('names the cursor field when the store refuses a cursor', () => {
    const problem = toProblemError(new InvalidCursorError('bad signature'), 3);

    expect(problem.toProblem('/users', 'c')).toMatchObject({
      status: 400,
      type: 'urn:problem:validation-failed',
      errors: [{ path: '/query/cursor', message: 'is not a cursor this API issued' }],
    });
  });

  it('passes a problem through as thrown, and keeps the cause of the others for the logs', () => {
    const thrown = new NotFound('gone');
    const cause = new DatabaseUnavailableError();

    expect(toProblemError(thrown, 3)).toBe(thrown);
    expect(toProblemError(cause, 3).cause).toBe(cause);
  });
});
