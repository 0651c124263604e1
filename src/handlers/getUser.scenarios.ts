// getUser needs a user to read.
import { call } from '../scenarios/requests.js';
import type { Scenarios } from '../scenarios/scenario.js';

export const scenarios: Scenarios = {
  weight: 20,
  success: async (api) => {
    const user = await call<{ userId: string }>(api, 'createUser', {
      body: { name: 'Read Me', email: api.email('read') },
    });
    return () => ({ path: { userId: user.userId } });
  },
};
