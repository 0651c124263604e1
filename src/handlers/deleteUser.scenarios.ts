// deleteUser needs a user per call.
import { call } from '../scenarios/requests.js';
import type { Scenarios } from '../scenarios/scenario.js';

export const scenarios: Scenarios = {
  success: async (api, count) => {
    const ids: string[] = [];
    for (let n = 0; n < count; n++) {
      ids.push(
        (await call<{ userId: string }>(api, 'createUser', { body: { name: 'Delete Me', email: api.email('delete') } }))
          .userId,
      );
    }
    return (n) => ({ path: { userId: ids[n] ?? '' } });
  },
};
