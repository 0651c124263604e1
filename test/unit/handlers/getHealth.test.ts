// getHealth (GET /health) called as dispatch calls it: the service is up and says which
// version answers, without touching a dependency.
import { describe, expect, it } from 'vitest';
import { getHealth } from '../../../src/handlers/getHealth.js';
import type { Input } from '../../../src/handlers/types.js';

const input: Input<'getHealth'> = {
  path: {},
  query: {},
  headers: {},
  body: undefined,
  correlationId: 'test-correlation-id',
  caller: undefined,
};

describe('getHealth', () => {
  it('answers 200 with status ok and the version it was built with', async () => {
    const result = await getHealth({ version: '7' })(input);

    expect(result).toEqual({ status: 200, body: { status: 'ok', version: '7' } });
  });
});
