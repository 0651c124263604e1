// Under `npm run verify` on a stage with a WAF rate rule, the suite's requests to the stage
// wait their turn (infra/verify/pacing.ts): verify sets the interval and a file for the count.
// Without API_PACE_INTERVAL_MS (npm test, the mock) nothing changes.
import { appendFileSync } from 'node:fs';
import { afterAll } from 'vitest';
import { PACE_COUNT_ENV, PACE_ENV, Pacer } from '../../infra/verify/pacing.js';

const interval = Number(process.env[PACE_ENV]);
const base = process.env.API_BASE_URL;
if (interval > 0 && base) {
  // The first request waits one interval: verify itself may have sent just before this file started.
  const pacer = new Pacer(interval, interval);
  const unpaced = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith(base)) await pacer.turn();
    return unpaced(input, init);
  };
  afterAll(() => {
    const file = process.env[PACE_COUNT_ENV];
    if (file) appendFileSync(file, `${pacer.count}\n`);
  });
}
