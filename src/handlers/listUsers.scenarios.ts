// listUsers is called for one fresh email (a listing that other tests' users cannot change); the
// bench lists a full page (20) with more behind it.
import { call } from '../scenarios/requests.js';
import type { Scenarios } from '../scenarios/scenario.js';

/** More users than one default page (limit 20), so a cursor is made. */
export const LISTED = 21;

export const scenarios: Scenarios = {
  weight: 10,
  note: 'a page of 20',
  success: async (api) => () => ({ query: { email: api.email('nobody') } }),
  load: async (api) => {
    for (let n = 0; n < LISTED; n++)
      await call(api, 'createUser', { body: { name: `Listed ${n}`, email: api.email('listed') } });
    return () => ({});
  },
  errors: [
    {
      status: 400,
      name: 'rejects a cursor it did not issue with a 400 problem, not a 500',
      make: async () => ({ query: { cursor: 'eyJ2IjoxLCJzIjoiMjAyNi0xMS0yNFQwODowMDowMC4wMDBaIn0Abc123' } }),
    },
  ],
};
