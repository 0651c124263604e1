// updateItem needs an item per call, replaced at version 1; a stale If-Match is a 412, none a 428.
import type { Scenarios } from '../scenarios/scenario.js';
import { newItems } from './createItems.scenarios.js';

export const scenarios: Scenarios = {
  weight: 7,
  success: async (api, count) => {
    const items = await newItems(api, count);
    return (n) => ({ path: { itemId: items[n]?.itemId ?? '' }, headers: { 'If-Match': '"1"' } });
  },
  errors: [
    {
      status: 428,
      name: 'refuses a replacement without If-Match with 428',
      async make(api) {
        const [item] = await newItems(api, 1);
        return { path: { itemId: item?.itemId ?? '' } };
      },
    },
    {
      status: 412,
      name: 'refuses a stale If-Match with 412 and the current ETag',
      async make(api) {
        const [item] = await newItems(api, 1);
        const version = item?.version ?? 1;
        return {
          path: { itemId: item?.itemId ?? '' },
          headers: { 'If-Match': `"${version + 5}"` },
          expectHeaders: { etag: `"${version}"` },
        };
      },
    },
  ],
};
