// createUser needs an email of its own for each call; a taken email (409) needs a user first.
import { call } from '../scenarios/requests.js';
import type { Scenarios } from '../scenarios/scenario.js';

export const scenarios: Scenarios = {
  weight: 5,
  success: async (api) => (n) => ({ body: { name: 'Ada Lovelace', email: api.email(`create-${n}`), age: 36 } }),
  errors: [
    {
      status: 409,
      name: 'refuses an email already taken in another letter case with 409',
      async make(api) {
        const taken = await call<{ email: string }>(api, 'createUser', {
          body: { name: 'First', email: api.email('taken') },
        });
        return { body: { name: 'Second', email: taken.email.toUpperCase() } };
      },
    },
  ],
};
