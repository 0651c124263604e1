// `npm run token -- --sub alice [--admin] [--email a@x.io] [--expires-in 3600]`:
// prints an ID token from the local issuer, for calling the local gateway.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLocalIssuer } from './issuer.js';

const usage = 'usage: npm run token -- --sub <subject> [--admin] [--email <address>] [--expires-in <seconds>]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sub: { type: 'string' },
      admin: { type: 'boolean', default: false },
      email: { type: 'string' },
      'expires-in': { type: 'string', default: '3600' },
    },
  });
  const expiresIn = Number(values['expires-in']);
  if (!values.sub || !Number.isInteger(expiresIn)) throw new Error(usage);
  const issuer = await loadLocalIssuer(resolve(process.env.DATA_DIR ?? '.data'));
  const token = await issuer.sign({
    sub: values.sub,
    admin: values.admin,
    expiresIn,
    ...(values.email ? { email: values.email } : {}),
  });
  process.stdout.write(`${token}\n`);
}

main().catch((err: unknown) => {
  console.error(`npm run token: ${(err as Error).message}`);
  process.exit(1);
});
