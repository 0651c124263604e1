// The local token issuer, the local stand-in for a Cognito user pool: an RS256 key
// pair made on first start under <DATA_DIR>/local-issuer/, tokens shaped like Cognito
// ID tokens, and their verification (signature, iss, exp/nbf, token_use) as the pool's
// keys verify them for the authorizer. Like Cognito's, any client of the pool passes;
// the authorizer's identityValidationExpression checks `aud` (src/local/apiGateway).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errors, exportJWK, generateKeyPair, importJWK, type JWK, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { ADMIN_GROUP } from '../http/caller.js';
import { TokenRejected } from './apiGateway/authorizers.js';

export const LOCAL_ISSUER = 'urn:users-api:local-issuer';
export const LOCAL_CLIENT_ID = 'users-api-local';
const ALGORITHM = 'RS256';

export interface TokenRequest {
  sub: string;
  admin?: boolean;
  email?: string;
  /** Lifetime in seconds (default one hour); negative makes an expired token. */
  expiresIn?: number;
}

export interface LocalIssuer {
  /** Its key's id, in every token's header (and in <DATA_DIR>/stage.json while a stage runs). */
  kid: string;
  sign(request: TokenRequest): Promise<string>;
  /** The verified claims; throws TokenRejected saying why not (any audience passes). */
  verify(token: string): Promise<JWTPayload>;
}

async function loadOrCreateKey(dir: string): Promise<JWK> {
  const file = join(dir, 'private-key.jwk.json');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const { privateKey } = await generateKeyPair(ALGORITHM, { modulusLength: 2048, extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), alg: ALGORITHM, kid: `local-${Date.now().toString(36)}` };
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(jwk), { mode: 0o600 });
    renameSync(temp, file); // atomic: a concurrent first start reads one whole key
  }
  return JSON.parse(readFileSync(file, 'utf8')) as JWK;
}

function reason(err: unknown): string {
  if (err instanceof errors.JWTExpired) return 'The token has expired';
  if (err instanceof errors.JWTClaimValidationFailed) return `The token's ${err.claim} claim is not accepted`;
  if (err instanceof errors.JOSEAlgNotAllowed) return `The token's algorithm is not accepted (${ALGORITHM} only)`;
  if (err instanceof errors.JWSSignatureVerificationFailed) return "The token's signature is not valid";
  if (err instanceof TokenRejected) return err.message;
  return 'The token is malformed';
}

export async function loadLocalIssuer(dataDir: string): Promise<LocalIssuer> {
  const jwk = await loadOrCreateKey(join(dataDir, 'local-issuer'));
  const privateKey = await importJWK(jwk, ALGORITHM);
  const { d, p, q, dp, dq, qi, ...publicJwk } = jwk;
  const publicKey = await importJWK(publicJwk, ALGORITHM);

  return {
    kid: String(jwk.kid),
    async sign({ sub, admin = false, email, expiresIn = 3600 }) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({
        token_use: 'id',
        auth_time: now,
        ...(admin ? { 'cognito:groups': [ADMIN_GROUP] } : {}),
        ...(email ? { email, email_verified: true } : {}),
      })
        .setProtectedHeader({ alg: ALGORITHM, kid: jwk.kid, typ: 'JWT' })
        .setSubject(sub)
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_CLIENT_ID)
        .setIssuedAt(now)
        .setExpirationTime(now + expiresIn)
        .sign(privateKey);
    },

    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, publicKey, {
          algorithms: [ALGORITHM],
          issuer: LOCAL_ISSUER,
          requiredClaims: ['sub', 'exp', 'iat', 'token_use'],
        });
        if (payload.token_use !== 'id') throw new TokenRejected("The token's token_use claim is not accepted");
        return payload;
      } catch (err) {
        throw new TokenRejected(reason(err), err instanceof errors.JWTExpired, { cause: err });
      }
    },
  };
}
