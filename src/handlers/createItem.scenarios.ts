// createItem sends the spec's example with an Idempotency-Key of its own per call; reusing a key
// with another body is a 422.
import { randomUUID } from 'node:crypto';
import { call } from '../scenarios/requests.js';
import type { Scenarios } from '../scenarios/scenario.js';

export const scenarios: Scenarios = {
  weight: 8,
  note: 'with Idempotency-Key',
  success: async () => () => ({ headers: { 'Idempotency-Key': randomUUID() } }),
  errors: [
    {
      status: 422,
      name: 'refuses an Idempotency-Key reused with another body with 422',
      async make(api) {
        const key = randomUUID();
        await call(api, 'createItem', { headers: { 'Idempotency-Key': key } });
        return { headers: { 'Idempotency-Key': key }, body: { name: 'Another body' } };
      },
    },
  ],
};
