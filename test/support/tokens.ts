// Tokens from the local issuer of a running gateway (its DATA_DIR holds the key).
import { loadLocalIssuer, type TokenRequest } from '../../src/local/issuer.js';

export async function tokenFor(dataDir: string, request: TokenRequest): Promise<string> {
  return (await loadLocalIssuer(dataDir)).sign(request);
}

export const adminToken = (dataDir: string) => tokenFor(dataDir, { sub: 'test-admin', admin: true });
