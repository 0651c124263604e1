// RFC 9457 problem details, made in one place: handlers and the pipeline throw a
// ProblemError subclass; toProblem() is the only code that shapes the body.
import type { components } from '../../generated/types.js';
import {
  DatabaseUnavailableError,
  EmailTakenError,
  InvalidCursorError,
  ItemVersionMismatch,
  StaleVersionError,
} from '../store/errors.js';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

export abstract class ProblemError extends Error {
  abstract readonly status: number;
  abstract readonly title: string;
  /** A URN naming the kind of problem; stable for clients to switch on. */
  abstract readonly type: string;
  readonly headers: Record<string, string> = {};

  constructor(
    readonly detail: string,
    options?: ErrorOptions,
  ) {
    super(detail, options);
    this.name = new.target.name;
  }

  /** Extension members beyond the standard ones (e.g. `errors`). */
  protected extensions(): Partial<Problem> {
    return {};
  }

  toProblem(instance: string, correlationId: string): Problem {
    return {
      type: this.type,
      title: this.title,
      status: this.status,
      detail: this.detail,
      instance,
      correlationId,
      ...this.extensions(),
    };
  }
}

export class ValidationFailed extends ProblemError {
  readonly status = 400;
  readonly title = 'Validation Failed';
  readonly type = 'urn:problem:validation-failed';
  constructor(readonly errors: FieldError[]) {
    super(`The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}.`);
  }
  protected override extensions(): Partial<Problem> {
    return { errors: this.errors };
  }
}

export class BadRequest extends ProblemError {
  readonly status = 400;
  readonly title = 'Bad Request';
  readonly type = 'urn:problem:bad-request';
}

export class NotFound extends ProblemError {
  readonly status = 404;
  readonly title = 'Not Found';
  readonly type = 'urn:problem:not-found';
}

export class MethodNotAllowed extends ProblemError {
  readonly status = 405;
  readonly title = 'Method Not Allowed';
  readonly type = 'urn:problem:method-not-allowed';
  constructor(method: string, path: string, allowed: string[]) {
    super(`${path} does not support ${method}; it supports ${allowed.join(', ')}.`);
    this.headers.allow = allowed.join(', ');
  }
}

export class Conflict extends ProblemError {
  readonly status = 409;
  readonly title = 'Conflict';
  constructor(
    detail: string,
    readonly type = 'urn:problem:conflict',
  ) {
    super(detail);
  }
}

export class PreconditionFailed extends ProblemError {
  readonly status = 412;
  readonly title = 'Precondition Failed';
  readonly type = 'urn:problem:precondition-failed';
  constructor(detail: string, currentEtag?: string) {
    super(detail);
    if (currentEtag) this.headers.etag = currentEtag;
  }
}

export class PayloadTooLarge extends ProblemError {
  readonly status = 413;
  readonly title = 'Payload Too Large';
  readonly type = 'urn:problem:payload-too-large';
}

export class UnsupportedMediaType extends ProblemError {
  readonly status = 415;
  readonly title = 'Unsupported Media Type';
  readonly type = 'urn:problem:unsupported-media-type';
}

export class InternalError extends ProblemError {
  readonly status = 500;
  readonly title = 'Internal Server Error';
  readonly type = 'urn:problem:internal';
  constructor(options?: ErrorOptions) {
    super('An unexpected error occurred. Quote the correlation id when reporting it.', options);
  }
}

export class ServiceUnavailable extends ProblemError {
  readonly status = 503;
  readonly title = 'Service Unavailable';
  readonly type = 'urn:problem:service-unavailable';
  constructor(retryAfterSeconds: number, options?: ErrorOptions) {
    super(`The database is unavailable. Retry after ${retryAfterSeconds} seconds.`, options);
    this.headers['retry-after'] = String(retryAfterSeconds);
  }
}

/** No caller; the challenge names the scheme, as API Gateway's UNAUTHORIZED response does (RFC 6750 §3). */
export class Unauthorized extends ProblemError {
  readonly status = 401;
  readonly title = 'Unauthorized';
  readonly type = 'urn:problem:unauthorized';
  constructor(detail: string) {
    super(detail);
    this.headers['www-authenticate'] = 'Bearer';
  }
}

export class Forbidden extends ProblemError {
  readonly status = 403;
  readonly title = 'Forbidden';
  readonly type = 'urn:problem:forbidden';
}

/** Headers over the server's limit (the local gateway's stand-in for API Gateway's). */
export class RequestHeaderFieldsTooLarge extends ProblemError {
  readonly status = 431;
  readonly title = 'Request Header Fields Too Large';
  readonly type = 'urn:problem:request-header-fields-too-large';
}

/** A conditional request sent without its precondition (If-Match). */
export class PreconditionRequired extends ProblemError {
  readonly status = 428;
  readonly title = 'Precondition Required';
  readonly type = 'urn:problem:precondition-required';
}

export class UnprocessableContent extends ProblemError {
  readonly status = 422;
  readonly title = 'Unprocessable Content';
  constructor(
    detail: string,
    readonly type = 'urn:problem:unprocessable-content',
  ) {
    super(detail);
  }
}

/**
 * Any failure as the problem the client gets: problems as thrown, the store's domain
 * errors as theirs (in this one place), anything else as a bare 500.
 */
export function toProblemError(err: unknown, retryAfterSeconds: number): ProblemError {
  if (err instanceof ProblemError) return err;
  if (err instanceof EmailTakenError) {
    return new Conflict(`The email ${err.email} belongs to another user.`, 'urn:problem:email-taken');
  }
  if (err instanceof InvalidCursorError) {
    return new ValidationFailed([{ path: '/query/cursor', message: 'is not a cursor this API issued' }]);
  }
  if (err instanceof ItemVersionMismatch) {
    const etag = `"${err.current.version}"`;
    return new PreconditionFailed(`The item is at version ${etag}.`, etag);
  }
  if (err instanceof StaleVersionError) return new Conflict('The resource is being changed by others; retry.');
  if (err instanceof DatabaseUnavailableError) return new ServiceUnavailable(retryAfterSeconds, { cause: err });
  return new InternalError({ cause: err });
}
