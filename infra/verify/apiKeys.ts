// verify's temporary API key, on stages deployed with `-c apiKeys=on`: a random value made
// here, given to API Gateway and attached to the stage's partner plan, named after the run
// and the stage so that --cleanup-only finds it again, and deleted at the end.
import { randomBytes } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';
import {
  type APIGatewayClient,
  CreateApiKeyCommand,
  CreateUsagePlanKeyCommand,
  DeleteApiKeyCommand,
  GetApiKeysCommand,
} from '@aws-sdk/client-api-gateway';
import type { Send } from './stageHttp.js';

/** API Gateway takes 20 to 128 characters; 30 random bytes in base64url are 40 that need no escaping. */
export const randomKeyValue = (): string => randomBytes(30).toString('base64url');

/**
 * `verify-<run id>-users-api-<stage>`: client keys are named `users-api-<stage>-<client>`, so no
 * client key can look like one of verify's, and one stage's cleanup leaves other stages' keys.
 */
export const runKeyName = (runId: string, stage: string): string => `verify-${runId}-users-api-${stage}`;
const runKeyPattern = (stage: string) => new RegExp(`^verify-[0-9a-f]{8}-users-api-${stage}$`);

export interface RunKey {
  id: string;
  name: string;
  createdAt: Date;
}

export class ApiKeys {
  constructor(
    private readonly apiGateway: APIGatewayClient,
    private readonly stage: string,
  ) {}

  /**
   * Makes the key with this value and attaches it to the plan; `made` is called as soon as it
   * exists, so cleanup deletes it whatever fails next.
   */
  async create(runId: string, value: string, usagePlanId: string, made: (key: RunKey) => void): Promise<RunKey> {
    const name = runKeyName(runId, this.stage);
    const created = await this.apiGateway.send(
      new CreateApiKeyCommand({
        name,
        description: `Temporary key of npm run verify (run ${runId}); --cleanup-only deletes it if it outlives the run`,
        enabled: true,
        value,
      }),
    );
    if (!created.id) throw new Error(`API Gateway made the key ${name} but named no id`);
    const key = { id: created.id, name, createdAt: created.createdDate ?? new Date() };
    made(key);
    await this.apiGateway.send(new CreateUsagePlanKeyCommand({ usagePlanId, keyId: key.id, keyType: 'API_KEY' }));
    return key;
  }

  /** Keys of earlier runs on this stage, found by their name (a prefix query, then the exact form). */
  async leftovers(): Promise<RunKey[]> {
    const found: RunKey[] = [];
    const pattern = runKeyPattern(this.stage);
    let position: string | undefined;
    do {
      const page = await this.apiGateway.send(
        new GetApiKeysCommand({ nameQuery: 'verify-', limit: 500, ...(position ? { position } : {}) }),
      );
      for (const key of page.items ?? []) {
        if (key.id && key.name && pattern.test(key.name)) {
          found.push({ id: key.id, name: key.name, createdAt: key.createdDate ?? new Date() });
        }
      }
      position = page.position;
    } while (position);
    return found;
  }

  /** Deleting a key also takes it off its plans; one already gone counts as deleted. */
  async delete(id: string): Promise<void> {
    try {
      await this.apiGateway.send(new DeleteApiKeyCommand({ apiKey: id }));
    } catch (err) {
      if (!(err instanceof Error && err.name === 'NotFoundException')) throw err;
    }
  }
}

/**
 * Waits until the stage takes the new key: API Gateway may refuse a key with 403 for a few
 * seconds after it joins a plan. Resolves on the first answer that is not 403.
 */
export async function untilKeyAccepted(
  send: Send,
  authorization: string,
  options: { signal?: AbortSignal | undefined; timeoutMs?: number; intervalMs?: number } = {},
): Promise<number> {
  const { timeoutMs = 60_000, intervalMs = 2_000 } = options;
  const started = Date.now();
  for (;;) {
    const reply = await send({ method: 'GET', path: '/items?limit=1', headers: { authorization } });
    if (reply.status !== 403) return Date.now() - started;
    if (Date.now() - started >= timeoutMs) {
      throw new Error(`the stage still refuses the new API key after ${timeoutMs / 1000} s: 403 ${reply.text}`);
    }
    // An interrupted run stops with its own reason (Ctrl-C), not the timer's AbortError.
    options.signal?.throwIfAborted();
    try {
      await setTimeout(intervalMs, undefined, options.signal ? { signal: options.signal } : {});
    } catch (err) {
      options.signal?.throwIfAborted();
      throw err;
    }
  }
}
