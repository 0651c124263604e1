// restoreItem needs an item in the trash per call; an item that is not in the trash is a 404.
import { call } from '../scenarios/requests.js';
import type { Scenarios } from '../scenarios/scenario.js';
import { newItems } from './createItems.scenarios.js';

export const scenarios: Scenarios = {
  success: async (api, count) => {
    const items = await newItems(api, count);
    for (const { itemId } of items) await call(api, 'deleteItem', { path: { itemId } });
    return (n) => ({ path: { itemId: items[n]?.itemId ?? '' } });
  },
  errors: [
    {
      status: 404,
      name: 'answers 404 when restoring an item that is not in the trash',
      async make(api) {
        const [item] = await newItems(api, 1);
        return { path: { itemId: item?.itemId ?? '' } };
      },
    },
  ],
};
