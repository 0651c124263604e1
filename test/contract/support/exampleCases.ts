// The mock's side of the contract: for every documented response and each of its
// named examples, `Prefer: code=…, example=…` gets exactly that example back, and
// it conforms to the spec like any response of the service.
import { expect } from 'vitest';
import { type ContractCase, expectConforming } from './check.js';
import { toRawRequest, validParts } from './requests.js';
import { operations } from './spec.js';
import { send } from './target.js';

export function exampleCases(): ContractCase[] {
  return operations.flatMap((op) =>
    op.responses.flatMap((response) => {
      const request = toRawRequest(op, validParts(op));
      const examples = Object.values(response.content).flatMap((media) => media.examples);
      const asked = examples.length > 0 ? examples : [undefined];
      return asked.map(
        (example): ContractCase => ({
          operationId: op.operationId,
          status: response.status,
          name: example
            ? `serves the ${response.status} example "${example.name}" of ${op.operationId} when asked`
            : `serves the ${response.status} of ${op.operationId} when asked`,
          async run(ctx) {
            const prefer = `code=${response.status}${example ? `, example=${example.name}` : ''}`;
            const headers = { ...request.headers, prefer };
            const exchange = await send(ctx.target, { ...request, headers });
            expectConforming(op.operationId, response.status, exchange);
            if (example) expect(exchange.body).toEqual(example.value);
          },
        }),
      );
    }),
  );
}
