// listItems lists a page of one out of two items just made, so the page and its cursor are the same
// whatever else the caller owns (npm run verify compares a stage with a fresh local gateway); the
// bench lists a full page (20) with more behind it.
import type { Scenarios } from '../scenarios/scenario.js';
import { newItems } from './createItems.scenarios.js';
import { LISTED } from './listUsers.scenarios.js';

export const scenarios: Scenarios = {
  weight: 15,
  note: 'a page of 20',
  success: async (api) => {
    await newItems(api, 2);
    return () => ({ query: { limit: '1' } });
  },
  load: async (api) => {
    await newItems(api, LISTED);
    return () => ({});
  },
  errors: [
    {
      status: 400,
      name: 'rejects a cursor it did not issue with a 400 problem, not a 500',
      make: async () => ({ query: { cursor: 'eyJ2IjoxLCJwIjoiaXRlbXMifQAbc123' } }),
    },
  ],
};
