// deleteItem needs an item per call (each goes to the trash).
import type { Scenarios } from '../scenarios/scenario.js';
import { newItems } from './createItems.scenarios.js';

export const scenarios: Scenarios = {
  weight: 3,
  note: 'to the trash',
  success: async (api, count) => {
    const items = await newItems(api, count);
    return (n) => ({ path: { itemId: items[n]?.itemId ?? '' } });
  },
};
