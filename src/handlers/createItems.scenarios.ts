// createItems sends the spec's example batch with an Idempotency-Key of its own per call; its
// errors and the other item operations' scenarios need items made first (`newItems`).
import { randomUUID } from 'node:crypto';
import { call } from '../scenarios/requests.js';
import type { Api, Scenarios } from '../scenarios/scenario.js';

/** `count` new items of the scenario's caller, made 25 to a batch (the spec's maximum). */
export async function newItems(api: Api, count: number): Promise<{ itemId: string; version: number }[]> {
  const made: { itemId: string; version: number }[] = [];
  while (made.length < count) {
    const items = Array.from({ length: Math.min(25, count - made.length) }, () => ({ name: 'Made for a scenario' }));
    made.push(
      ...(await call<{ items: { itemId: string; version: number }[] }>(api, 'createItems', { body: { items } })).items,
    );
  }
  return made;
}

export const scenarios: Scenarios = {
  weight: 2,
  note: 'with Idempotency-Key',
  success: async () => () => ({ headers: { 'Idempotency-Key': randomUUID() } }),
  errors: [
    {
      status: 422,
      name: 'refuses an Idempotency-Key reused with another body with 422',
      async make(api) {
        const key = randomUUID();
        await call(api, 'createItems', { headers: { 'Idempotency-Key': key } });
        return { headers: { 'Idempotency-Key': key }, body: { items: [{ name: 'Another body' }] } };
      },
    },
  ],
};
