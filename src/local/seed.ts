// `npm run seed`: fills the local stage with sample users and items through the typed
// client, as a frontend would. Safe to run again: a user whose email is taken is left
// as it is, and items carry fixed Idempotency-Keys, so a rerun replays instead of adding.
// The stage is the one <DATA_DIR>/stage.json names, unless API_URL or PORT say otherwise.
import { resolve } from 'node:path';
import { createUsersClient } from '../client/index.js';
import { loadLocalIssuer } from './issuer.js';
import { targetStage } from './stageState.js';

const SAMPLE_USERS = [
  { name: 'Ada Lovelace', email: 'ada@example.com', age: 36 },
  { name: 'Grace Hopper', email: 'grace.hopper@example.org', age: 85 },
  { name: 'Alan Turing', email: 'alan.turing@example.org', age: 41 },
  { name: 'Katherine Johnson', email: 'katherine.johnson@example.org' },
];
const SAMPLE_ITEMS = [
  { name: 'Field notebook', tags: ['stationery'] },
  { name: 'Fountain pen', description: 'Medium nib, blue-black ink', tags: ['stationery', 'writing'] },
  { name: 'Slide rule', tags: ['tools'] },
];
/** The sample items belong to this caller (`npm run -s token -- --sub sample-owner`). */
const SAMPLE_OWNER = 'sample-owner';

let baseUrl = '';

async function main(): Promise<void> {
  const dataDir = resolve(process.env.DATA_DIR ?? '.data');
  const issuer = await loadLocalIssuer(dataDir);
  const stage = targetStage(process.env, dataDir, issuer.kid);
  baseUrl = stage.url;
  for (const warning of stage.warnings) console.error(`npm run seed: ${warning}`);
  const admin = createUsersClient(baseUrl, { token: await issuer.sign({ sub: 'seed-admin', admin: true }) });
  const owner = createUsersClient(baseUrl, { token: await issuer.sign({ sub: SAMPLE_OWNER }) });

  for (const user of SAMPLE_USERS) {
    const { response, error } = await admin.POST('/users', { body: user });
    if (response.status !== 201 && response.status !== 409) throw new Error(`${user.email}: ${JSON.stringify(error)}`);
    console.log(`user ${user.email}: ${response.status === 201 ? 'created' : 'already there'}`);
  }
  for (const [n, item] of SAMPLE_ITEMS.entries()) {
    const { response, error } = await owner.POST('/items', {
      body: item,
      params: { header: { 'Idempotency-Key': `seed-item-${n}` } },
    });
    if (response.status !== 201) throw new Error(`${item.name}: ${JSON.stringify(error)}`);
    const replayed = response.headers.get('idempotent-replayed') === 'true';
    console.log(`item ${item.name} (owner ${SAMPLE_OWNER}): ${replayed ? 'already there' : 'created'}`);
  }
}

main().catch((err: unknown) => {
  const refused = err instanceof TypeError ? ` (no answer from ${baseUrl}: is \`npm start\` running there?)` : '';
  console.error(`npm run seed: ${(err as Error).message}${refused}`);
  process.exit(1);
});
