// `npm run token -- --sub alice [--admin] [--email a@x.io] [--expires-in 3600]`:
// prints an ID token from the local issuer, for calling the local gateway; says on stderr
// when the running stage (<DATA_DIR>/stage.json) would not accept its key.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLocalIssuer } from './issuer.js';
import { targetStage } from './stageState.js';

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
  const dataDir = resolve(process.env.DATA_DIR ?? '.data');
  const issuer = await loadLocalIssuer(dataDir);
  for (const warning of targetStage(process.env, dataDir, issuer.kid).warnings)
    console.error(`npm run token: ${warning}`);
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
