// GET /health: the service is up; touches no dependency.
import type { Deps, Handler } from './types.js';

export const getHealth =
  (deps: Pick<Deps, 'version'>): Handler<'getHealth'> =>
  async () => ({ status: 200, body: { status: 'ok', version: deps.version } });
