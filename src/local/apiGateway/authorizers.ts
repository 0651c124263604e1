// Authorizers: the Cognito user pool authorizer as API Gateway runs it. The identity
// header carries an ID token, with or without the `Bearer ` prefix; its issuer,
// signature and expiry are checked, `aud` must match identityValidationExpression, and
// the claims reach the function as strings.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html
import type { JWTPayload } from 'jose';
import type { Authorizer } from './document.js';
import type { GatewayError } from './renderGatewayResponse.js';

/** Verifies the tokens of one user pool (signature, issuer, expiry, token_use). */
export interface TokenVerifier {
  verify(token: string): Promise<JWTPayload>;
}

/** Thrown by a verifier; `expired` tells an expired token from an invalid one. */
export class TokenRejected extends Error {
  override name = 'TokenRejected';
  constructor(
    message: string,
    readonly expired = false,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export type AuthorizerResult = { claims: Record<string, string> } | { error: GatewayError };

const unauthorized = (message = 'Unauthorized'): { error: GatewayError } => ({
  error: { responseType: 'UNAUTHORIZED', message },
});

const cognitoDate = (seconds: number) =>
  new Date(seconds * 1000).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1 $3 $2 $5 UTC $4');

/** Claims as API Gateway's Cognito authorizer passes them: every value a string. */
export function toAuthorizerClaims(payload: JWTPayload): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(payload)) {
    if ((name === 'exp' || name === 'iat' || name === 'auth_time') && typeof value === 'number')
      out[name] = cognitoDate(value);
    else if (Array.isArray(value)) out[name] = value.join(',');
    else out[name] = String(value);
  }
  return out;
}

/**
 * The token in the identity header. AWS's REST docs show the bare token; `Bearer <token>`
 * is accepted in practice (docs/architecture.md, "Bearer"), so both are taken.
 */
export function tokenOf(header: string | undefined): string | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  const match = /^Bearer +(\S+)$/i.exec(value);
  if (match) return match[1];
  return /\s/.test(value) ? undefined : value;
}

export async function authorize(
  authorizer: Authorizer,
  header: string | undefined,
  verifiers: ReadonlyMap<string, TokenVerifier>,
): Promise<AuthorizerResult> {
  if (authorizer.type !== 'cognito_user_pools') {
    return { error: { responseType: 'AUTHORIZER_CONFIGURATION_ERROR', message: 'Authorizer type not emulated' } };
  }
  const token = tokenOf(header);
  if (!token) return unauthorized();
  for (const arn of authorizer.providerARNs) {
    const verifier = verifiers.get(arn);
    if (!verifier) continue;
    try {
      const payload = await verifier.verify(token);
      // The expression is matched against `aud`; a token without one (an access token) fails it.
      const expression = authorizer.identityValidationExpression;
      if (expression && (typeof payload.aud !== 'string' || !expression.test(payload.aud))) return unauthorized();
      return { claims: toAuthorizerClaims(payload) };
    } catch (err) {
      // A pool that cannot verify at all (keys unreachable) is the authorizer's failure, not the caller's.
      if (!(err instanceof TokenRejected)) {
        return { error: { responseType: 'AUTHORIZER_FAILURE', message: 'Authorizer error' } };
      }
      if (err.expired) return unauthorized('The incoming token has expired');
    }
  }
  return unauthorized();
}
