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

/** Options of a problem: its cause, and a more specific type than its kind's. */
export interface ProblemOptions extends ErrorOptions {
  type?: string;
}

/** A ProblemError class with its status, title and default type fixed: one line for each kind of problem. */
function kind(status: number, title: string, type: string) {
  return class extends ProblemError {
    readonly status = status;
    readonly title = title;
    readonly type: string;
    constructor(detail: string, options?: ProblemOptions) {
      super(detail, options);
      this.type = options?.type ?? type;
    }
  };
}

export class ValidationFailed extends kind(400, 'Validation Failed', 'urn:problem:validation-failed') {
  constructor(readonly errors: FieldError[]) {
    super(`The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}.`);
  }
  protected override extensions(): Partial<Problem> {
    return { errors: this.errors };
  }
}

export class BadRequest extends kind(400, 'Bad Request', 'urn:problem:bad-request') {}

export class NotFound extends kind(404, 'Not Found', 'urn:problem:not-found') {}

export class MethodNotAllowed extends kind(405, 'Method Not Allowed', 'urn:problem:method-not-allowed') {
  constructor(method: string, path: string, allowed: string[]) {
    super(`${path} does not support ${method}; it supports ${allowed.join(', ')}.`);
    this.headers.allow = allowed.join(', ');
  }
}

export class Conflict extends kind(409, 'Conflict', 'urn:problem:conflict') {}

export class PreconditionFailed extends kind(412, 'Precondition Failed', 'urn:problem:precondition-failed') {
  constructor(detail: string, currentEtag?: string) {
    super(detail);
    if (currentEtag) this.headers.etag = currentEtag;
  }
}

export class PayloadTooLarge extends kind(413, 'Payload Too Large', 'urn:problem:payload-too-large') {}

export class UnsupportedMediaType extends kind(415, 'Unsupported Media Type', 'urn:problem:unsupported-media-type') {}

export class InternalError extends kind(500, 'Internal Server Error', 'urn:problem:internal') {
  constructor(options?: ErrorOptions) {
    super('An unexpected error occurred. Quote the correlation id when reporting it.', options);
  }
}

export class ServiceUnavailable extends kind(503, 'Service Unavailable', 'urn:problem:service-unavailable') {
  constructor(retryAfterSeconds: number, options?: ErrorOptions, what = 'The database is unavailable') {
    super(`${what}. Retry after ${retryAfterSeconds} seconds.`, options);
    this.headers['retry-after'] = String(retryAfterSeconds);
  }
}

/** No caller; the challenge names the scheme, as API Gateway's UNAUTHORIZED response does (RFC 6750 §3). */
export class Unauthorized extends kind(401, 'Unauthorized', 'urn:problem:unauthorized') {
  constructor(detail: string) {
    super(detail);
    this.headers['www-authenticate'] = 'Bearer';
  }
}

export class Forbidden extends kind(403, 'Forbidden', 'urn:problem:forbidden') {}

/** Headers over the server's limit (the local gateway's stand-in for API Gateway's). */
export class RequestHeaderFieldsTooLarge extends kind(
  431,
  'Request Header Fields Too Large',
  'urn:problem:request-header-fields-too-large',
) {}

/** A conditional request sent without its precondition (If-Match). */
export class PreconditionRequired extends kind(428, 'Precondition Required', 'urn:problem:precondition-required') {}

export class UnprocessableContent extends kind(422, 'Unprocessable Content', 'urn:problem:unprocessable-content') {}

/**
 * Any failure as the problem the client gets: problems as thrown, the store's domain
 * errors as theirs (in this one place), anything else as a bare 500.
 */
export function toProblemError(err: unknown, retryAfterSeconds: number): ProblemError {
  if (err instanceof ProblemError) return err;
  if (err instanceof EmailTakenError) {
    return new Conflict(`The email ${err.email} belongs to another user.`, { type: 'urn:problem:email-taken' });
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
