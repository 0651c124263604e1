// updateUser needs a user per call (each gets a new name and email at version 1); its errors need
// a second user's email (409) or a version that is not the current one (412).
import { call } from '../scenarios/requests.js';
import type { Api, Scenarios } from '../scenarios/scenario.js';

type User = { userId: string; email: string; version: number };
const newUser = (api: Api, tag: string) =>
  call<User>(api, 'createUser', { body: { name: 'Before', email: api.email(tag) } });

export const scenarios: Scenarios = {
  weight: 5,
  note: 'new name and email',
  success: async (api, count) => {
    const users: User[] = [];
    for (let n = 0; n < count; n++) users.push(await newUser(api, 'update'));
    return (n) => ({
      path: { userId: users[n]?.userId ?? '' },
      headers: { 'If-Match': '"1"' },
      body: { name: 'Augusta Ada King', email: api.email(`renamed-${n}`) },
    });
  },
  errors: [
    {
      status: 409,
      name: "refuses to take another user's email with 409",
      async make(api) {
        const [owner, other] = [await newUser(api, 'owner'), await newUser(api, 'other')];
        return { path: { userId: other.userId }, body: { name: 'Other', email: owner.email.toUpperCase() } };
      },
    },
    {
      status: 412,
      name: 'refuses a stale If-Match with 412 and the current ETag',
      async make(api) {
        const user = await newUser(api, 'versioned');
        return {
          path: { userId: user.userId },
          headers: { 'If-Match': `"${user.version + 7}"` },
          body: { name: 'Stale', email: user.email },
          expectHeaders: { etag: `"${user.version}"` },
        };
      },
    },
  ],
};
