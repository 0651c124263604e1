// getItem needs an item to read; another caller's item is a 404, not a 403.
import type { Scenarios } from '../scenarios/scenario.js';
import { newItems } from './createItems.scenarios.js';

export const scenarios: Scenarios = {
  weight: 20,
  success: async (api) => {
    const [item] = await newItems(api, 1);
    return () => ({ path: { itemId: item?.itemId ?? '' } });
  },
  errors: [
    {
      status: 404,
      name: "answers 404 for another caller's item",
      as: 'user',
      async make(api) {
        const [item] = await newItems(api, 1);
        return { path: { itemId: item?.itemId ?? '' } };
      },
    },
  ],
};
