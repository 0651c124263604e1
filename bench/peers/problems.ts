// RFC 9457 problems as our API shapes them, for the peers: so that their answers can be
// compared with ours field by field, and no peer is measured answering less.

export interface FieldError {
  path: string;
  message: string;
}

/** A failure a peer's handler throws; each peer turns it into its own framework's response. */
export class PeerProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly type: string,
    readonly detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
    this.name = 'PeerProblem';
  }
}

export const validationFailed = (errors: FieldError[]) =>
  new PeerProblem(
    400,
    'Validation Failed',
    'urn:problem:validation-failed',
    `The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}.`,
    errors,
  );

export const badRequest = (detail: string) => new PeerProblem(400, 'Bad Request', 'urn:problem:bad-request', detail);

/** Validation issues (zod's, or Standard Schema's) as our field errors: one per field, its first failure. */
export function fieldErrors(
  issues: readonly { path?: readonly PropertyKey[] | undefined; message: string }[],
  prefix: string,
): FieldError[] {
  const byPath = new Map<string, FieldError>();
  for (const issue of issues) {
    const path = [prefix, ...(issue.path ?? []).map(String)].join('/');
    if (!byPath.has(path)) byPath.set(path, { path, message: issue.message });
  }
  return [...byPath.values()];
}

/** Headers every answer of ours carries. */
export const baseHeaders = (correlationId: string): Record<string, string> => ({
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'x-correlation-id': correlationId,
});

export function problemResponse(problem: PeerProblem, instance: string, correlationId: string): Response {
  const body = {
    type: problem.type,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    instance,
    correlationId,
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { ...baseHeaders(correlationId), 'content-type': 'application/problem+json' },
  });
}

/** What an unexpected failure becomes: a bare 500 problem. */
export const internalError = () =>
  new PeerProblem(500, 'Internal Server Error', 'urn:problem:internal', 'The server failed to answer.');
