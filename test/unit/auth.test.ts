// The pieces of local authentication: Cognito-style claim rendering, group
// parsing, and the local issuer's token verification rules.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { callerFromClaims, parseGroups } from '../../src/caller.js';
import { toAuthorizerClaims } from '../../src/local/apiGateway/authorizers.js';
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
