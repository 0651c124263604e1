// verify's temporary API key: a value API Gateway accepts and a header carries as it is, a
// name no client key can take, and the wait until a stage takes a key it has just been given.
import { describe, expect, it } from 'vitest';
import { randomKeyValue, runKeyName, untilKeyAccepted } from '../../../infra/verify/apiKeys.js';
import type { HttpReply, HttpRequest } from '../../../infra/verify/stageHttp.js';

const reply = (status: number): HttpReply => ({ status, headers: new Headers(), text: '', json: undefined });

describe('the temporary API key', () => {
  it('has a fresh 40-character value of letters, digits, - and _ each time', () => {
    const values = Array.from({ length: 50 }, randomKeyValue);
    for (const v of values) expect(v).toMatch(/^[A-Za-z0-9_-]{40}$/);
    expect(new Set(values).size).toBe(50);
  });

  it('is named after the run and the stage, unlike the users-api-<stage>-<client> keys of clients', () => {
    expect(runKeyName('0badf00d', 'dev')).toBe('verify-0badf00d-users-api-dev');
    expect(runKeyName('0badf00d', 'dev').startsWith('users-api-')).toBe(false);
  });

  it('is tried until the stage stops answering 403, with the caller’s token', async () => {
    const statuses = [403, 403, 200];
    const seen: HttpRequest[] = [];
    const waited = await untilKeyAccepted(
      async (req) => {
        seen.push(req);
        return reply(statuses.shift() as number);
      },
      'Bearer t',
      { intervalMs: 1 },
    );
    expect(seen).toHaveLength(3);
    expect(seen[0]).toEqual({ method: 'GET', path: '/items?limit=1', headers: { authorization: 'Bearer t' } });
    expect(waited).toBeGreaterThanOrEqual(0);
  });

  it('gives up with the last 403 once the time is over', async () => {
    const send = async () => ({ ...reply(403), text: '{"detail":"Forbidden"}' });
    await expect(untilKeyAccepted(send, 'Bearer t', { timeoutMs: 20, intervalMs: 5 })).rejects.toThrow(
      'the stage still refuses the new API key after 0.02 s: 403 {"detail":"Forbidden"}',
    );
  });

  it('stops waiting when the run is interrupted', async () => {
    const interrupted = new AbortController();
    const send = async () => {
      interrupted.abort(new Error('interrupted by SIGINT'));
      return reply(403);
    };
    await expect(untilKeyAccepted(send, 'Bearer t', { signal: interrupted.signal })).rejects.toThrow(
      'interrupted by SIGINT',
    );
  });
});
