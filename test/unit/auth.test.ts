// The pieces of local authentication: Cognito-style claim rendering, group
// parsing, and the local issuer's token verification rules.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader, importJWK, type JWK, type JWTPayload, SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { callerFromClaims, parseGroups } from '../../src/http/caller.js';
import { toAuthorizerClaims, tokenOf } from '../../src/local/apiGateway/authorizers.js';
import { LOCAL_CLIENT_ID, LOCAL_ISSUER, loadLocalIssuer } from '../../src/local/issuer.js';

const dataDir = mkdtempSync(join(tmpdir(), 'issuer-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('claims', () => {
  it.each([
    ['admins', ['admins']],
    ['admins,editors', ['admins', 'editors']],
    ['[admins editors]', ['admins', 'editors']],
    [['admins'], ['admins']],
    ['', []],
    [undefined, []],
  ])('parses cognito:groups %j', (value, groups) => {
    expect(parseGroups(value)).toEqual(groups);
  });

  it('needs a sub to make a caller', () => {
    expect(callerFromClaims({ sub: 'a', 'cognito:groups': 'admins' })).toEqual({ sub: 'a', groups: ['admins'] });
    expect(callerFromClaims({ 'cognito:groups': 'admins' })).toBeUndefined();
    expect(callerFromClaims(null)).toBeUndefined();
  });

  it('renders every time claim as Cognito does, and other numbers as plain numbers', () => {
    const claims = toAuthorizerClaims({
      iat: 1469814773,
      auth_time: 1469814773,
      'custom:level': 5,
      exp: 'soon' as never,
    });

    expect(claims).toEqual({
      iat: 'Fri Jul 29 17:52:53 UTC 2016',
      auth_time: 'Fri Jul 29 17:52:53 UTC 2016',
      'custom:level': '5',
      exp: 'soon',
    });
  });

  it.each([
    ['abc.def.ghi', 'abc.def.ghi'],
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc', 'abc'],
    ['Bearer   abc', 'abc'],
    ['  Bearer abc  ', 'abc'],
    ['', undefined],
    ['   ', undefined],
    [undefined, undefined],
    ['Basic YTpi', undefined],
    ['xBearer abc', undefined],
    ['Bearer a b', undefined],
  ])('reads the token of Authorization %j as %j', (header, token) => {
    expect(tokenOf(header)).toBe(token);
  });

  it('renders claims as strings, the way API Gateway passes Cognito claims', () => {
    const claims = toAuthorizerClaims({
      sub: 'a',
      exp: 1469814773,
      'cognito:groups': ['admins', 'x'],
      email_verified: true,
    });

    expect(claims).toEqual({
      sub: 'a',
      exp: 'Fri Jul 29 17:52:53 UTC 2016',
      'cognito:groups': 'admins,x',
      email_verified: 'true',
    });
  });
});

describe('local issuer', () => {
  it('verifies its own tokens and keeps its key across loads', async () => {
    const token = await (await loadLocalIssuer(dataDir)).sign({ sub: 'alice', admin: true });

    const claims = await (await loadLocalIssuer(dataDir)).verify(token);

    expect(claims).toMatchObject({ sub: 'alice', iss: LOCAL_ISSUER, aud: LOCAL_CLIENT_ID, token_use: 'id' });
    expect(claims['cognito:groups']).toEqual(['admins']);
  });

  it('names itself as the local stage document expects', () => {
    expect(LOCAL_ISSUER).toBe('urn:users-api:local-issuer');
    expect(LOCAL_CLIENT_ID).toBe('users-api-local');
  });

  it('keeps its private key readable by the owner only, with a key id', async () => {
    await loadLocalIssuer(dataDir);
    const file = join(dataDir, 'local-issuer', 'private-key.jwk.json');
    const jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;

    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(jwk.kid).toMatch(/^local-[0-9a-z]+$/);
    expect(jwk.alg).toBe('RS256');
  });

  it('signs ID tokens shaped as Cognito’s: RS256 JWT with its kid, no groups unless admin, email verified when given', async () => {
    const issuer = await loadLocalIssuer(dataDir);
    const plain = await issuer.sign({ sub: 'bob' });
    const withEmail = await issuer.sign({ sub: 'eve', email: 'eve@example.com', expiresIn: 60 });

    const header = decodeProtectedHeader(plain);
    const claims = decodeJwt(plain);
    const emailed = decodeJwt(withEmail);

    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: expect.stringMatching(/^local-/) });
    expect(claims).not.toHaveProperty('cognito:groups');
    expect(claims).not.toHaveProperty('email');
    expect((claims.exp as number) - (claims.iat as number)).toBe(3600);
    expect(claims.auth_time).toBe(claims.iat);
    expect(emailed).toMatchObject({ email: 'eve@example.com', email_verified: true });
    expect((emailed.exp as number) - (emailed.iat as number)).toBe(60);
  });

  it('keeps the reason a token was refused as its cause', async () => {
    const err = await (await loadLocalIssuer(dataDir)).verify('not.a.token').catch((e: unknown) => e);
    expect((err as Error).cause).toBeInstanceOf(Error);
  });

  it.each([
    ['an expired token', async () => (await loadLocalIssuer(dataDir)).sign({ sub: 'a', expiresIn: -60 }), /expired/],
    [
      'a token from another issuer key',
      async () => (await loadLocalIssuer(join(dataDir, 'other'))).sign({ sub: 'a' }),
      /signature/,
    ],
    [
      'an unsigned token (alg none)',
      async () => unsigned({ sub: 'a', iss: LOCAL_ISSUER, aud: LOCAL_CLIENT_ID }),
      /algorithm|malformed/,
    ],
    ['an HS256 token', async () => hs256({ sub: 'a' }), /algorithm/],
    ['garbage', async () => 'not.a.token', /malformed/],
  ])('rejects %s', async (_, make, reason) => {
    const issuer = await loadLocalIssuer(dataDir);
    await expect(issuer.verify(await make())).rejects.toThrow(reason);
  });
});

/** A token signed with the local issuer's own key, with any header and claims. */
async function ownKey(claims: JWTPayload, alg = 'RS256'): Promise<string> {
  await loadLocalIssuer(dataDir); // makes the key on first use
  const jwk = JSON.parse(readFileSync(join(dataDir, 'local-issuer', 'private-key.jwk.json'), 'utf8')) as JWK;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    sub: 'a',
    iss: LOCAL_ISSUER,
    aud: LOCAL_CLIENT_ID,
    token_use: 'id',
    iat: now,
    exp: now + 60,
    ...claims,
  })
    .setProtectedHeader({ alg, kid: jwk.kid })
    .sign(await importJWK({ ...jwk, alg }, alg));
}

describe('local issuer, claim by claim', () => {
  const now = () => Math.floor(Date.now() / 1000);

  it('accepts its own key with every claim right', async () => {
    await expect((await loadLocalIssuer(dataDir)).verify(await ownKey({}))).resolves.toMatchObject({ sub: 'a' });
  });

  it.each([
    ['an access token (token_use access)', { token_use: 'access' }, /token_use/],
    ['no token_use', { token_use: undefined }, /token_use/],
    ['another issuer', { iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_x' }, /iss/],
    ['a token not yet valid (nbf in a minute)', { nbf: now() + 60 }, /nbf/],
    ['a token expired a second ago', { exp: now() - 1 }, /expired/],
    ['no sub', { sub: undefined }, /sub/],
    ['no exp', { exp: undefined }, /exp/],
    ['no iat', { iat: undefined }, /iat/],
  ])('refuses %s', async (_, claims, reason) => {
    const issuer = await loadLocalIssuer(dataDir);
    await expect(issuer.verify(await ownKey(claims))).rejects.toThrow(reason);
  });

  it.each(['RS384', 'RS512', 'PS256'])('refuses the right key under %s: RS256 only, as Cognito signs', async (alg) => {
    const issuer = await loadLocalIssuer(dataDir);
    await expect(issuer.verify(await ownKey({}, alg))).rejects.toThrow(/algorithm is not accepted \(RS256 only\)/);
  });

  it('leaves aud to the authorizer: a token for another app client of the pool verifies', async () => {
    const claims = await (await loadLocalIssuer(dataDir)).verify(await ownKey({ aud: 'another-client' }));
    expect(claims.aud).toBe('another-client');
  });

  it('marks an expired token as expired, and only that one', async () => {
    const issuer = await loadLocalIssuer(dataDir);
    const expired = await issuer.verify(await ownKey({ exp: now() - 1 })).catch((e: unknown) => e);
    const forged = await issuer.verify(await ownKey({ iss: 'x' })).catch((e: unknown) => e);

    expect(expired).toMatchObject({ name: 'TokenRejected', expired: true });
    expect(forged).toMatchObject({ name: 'TokenRejected', expired: false });
  });
});

function unsigned(claims: Record<string, unknown>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ ...claims, token_use: 'id', iat: now, exp: now + 60 })}.`;
}

function hs256(claims: Record<string, unknown>): Promise<string> {
  return new SignJWT({ ...claims, token_use: 'id' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_CLIENT_ID)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode('a-shared-secret-that-is-long-enough-for-hs256'));
}
