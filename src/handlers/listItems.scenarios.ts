// listItems answers with the spec's examples alone; the bench lists a full page (20) with more behind it.
import type { Scenarios } from '../scenarios/scenario.js';
import { newItems } from './createItems.scenarios.js';
import { LISTED } from './listUsers.scenarios.js';

export const scenarios: Scenarios = {
  weight: 15,
  note: 'a page of 20',
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
