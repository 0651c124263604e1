// One run's own API key, on a stage that requires keys (a full run, or --cleanup-only that
// must reach the stage): its value is a secret from the start; made, attached to the plan and
// waited for until the stage accepts it; deleted by `drop`, which cleanup always calls.
import { type ApiKeys, type RunKey, untilKeyAccepted } from './apiKeys.js';
import { messageOf, type Progress } from './progress.js';
import { bearer, type Send } from './stageHttp.js';

export interface RunApiKeyContext {
  /** The --cleanup-only command to suggest. */
  cleanupCommand: string;
  progress: Progress;
  signal?: AbortSignal | undefined;
  /** The key's value, never printed. */
  value: string;
}

export class RunApiKey {
  readonly value: string;
  private made: RunKey | undefined;
  /** The stage took the key: requests with it reach the function. */
  accepted = false;

  constructor(
    private readonly keys: ApiKeys,
    private readonly usagePlanId: string,
    private readonly context: RunApiKeyContext,
  ) {
    this.value = context.value;
    context.progress.secret(this.value);
  }

  async create(runId: string, send: Send, token: string): Promise<void> {
    const { progress, signal } = this.context;
    progress.step(`temporary API key (API Gateway), on the usage plan ${this.usagePlanId}`);
    const key = await this.keys.create(runId, this.value, this.usagePlanId, (made) => {
      this.made = made;
    });
    progress.pass(`${key.name} (${key.id}): made with a random value, on the plan`);
    const waited = await untilKeyAccepted(send, bearer(token).authorization, { signal });
    this.accepted = true;
    progress.pass(`the stage accepts it${waited >= 1000 ? ` (after ${Math.round(waited / 1000)} s)` : ''}`);
  }

  /** True when the key is gone (or was never made). */
  async drop(): Promise<boolean> {
    if (!this.made) return true;
    const { name, id } = this.made;
    try {
      await this.keys.delete(id);
      this.context.progress.pass(`API key ${name} deleted`);
      return true;
    } catch (err) {
      const retry = this.context.cleanupCommand;
      this.context.progress.fail(`API key ${name} (${id}) not deleted: ${messageOf(err)}; run ${retry}`);
      return false;
    }
  }
}
