// What one verify run makes on a stage, so that cleanup can remove it: the run's tag
// (verify-<runid>) on every account and address, the Cognito accounts, and the users and
// items created through the API with who created each item.
import { randomBytes } from 'node:crypto';

/** Any address a verify run makes: its own (verify-<id>-...) or the contract suite's (verify-<id>.<label>...). */
export const RUN_EMAIL = /^verify-[0-9a-f]{8}[.-][^@]*@example\.(?:invalid|com)$/i;
/** A run's Cognito accounts; the domain is reserved, so no real person has such an address. */
export const RUN_ACCOUNT = /^verify-([0-9a-f]{8})-(admin|user)@example\.invalid$/;

export type Role = 'admin' | 'user';

export class Ledger {
  readonly tag: string;
  readonly startedAt = new Date();
  /** Emails of the Cognito accounts made, as soon as Cognito has them. */
  readonly accounts = new Set<string>();
  /** Users created through the API. */
  readonly users = new Set<string>();
  /** Items created through the API, with the Authorization value of their owner. */
  readonly items = new Map<string, string>();
  /** `x-function-version` values seen on the stage's answers. */
  readonly versions = new Set<string>();

  constructor(readonly runId = randomBytes(4).toString('hex')) {
    this.tag = `verify-${runId}`;
  }

  accountEmail(role: Role): string {
    return `${this.tag}-${role}@example.invalid`;
  }

  /** A fresh address carrying the run's tag. */
  email(label: string): string {
    return `${this.tag}-${label}-${randomBytes(4).toString('hex')}@example.invalid`;
  }

  /** Whether an address was made by this run (the tag, then `-` or the contract suite's `.`). */
  owns(email: string): boolean {
    const lower = email.toLowerCase();
    return RUN_EMAIL.test(lower) && (lower.startsWith(`${this.tag}-`) || lower.startsWith(`${this.tag}.`));
  }

  /** Records what a 201 to a POST made: a user, an item, or a batch of items (by `authorization`). */
  recordCreated(authorization: string | undefined, body: unknown): void {
    const made = (body ?? {}) as { userId?: unknown; itemId?: unknown; items?: unknown };
    if (typeof made.userId === 'string') this.users.add(made.userId);
    const items = [made, ...(Array.isArray(made.items) ? made.items : [])] as { itemId?: unknown }[];
    for (const item of items) {
      if (typeof item?.itemId === 'string' && authorization) this.items.set(item.itemId, authorization);
    }
  }
}
