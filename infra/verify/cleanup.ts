// Removes what verify made on the stage: the items it knows of and every item its accounts
// still own, the users it knows of and every recent user whose address carries its tag,
// then its Cognito accounts (kept when something could not be removed, for --cleanup-only).
import type { Accounts } from './accounts.js';
import type { Role } from './ledger.js';
import type { Progress } from './progress.js';
import { bearer, type HttpReply, type Send } from './stageHttp.js';

export interface SignedIn {
  email: string;
  role: Role;
  token: string;
}

export interface CleanupPlan {
  /** The --cleanup-only command to suggest. */
  cleanupCommand: string;
  send: Send;
  accounts: Accounts;
  progress: Progress;
  /** Accounts to delete from Cognito last. */
  accountEmails: readonly string[];
  /** Those that could sign in: their items are listed and deleted as them. */
  signedIn: readonly SignedIn[];
  users: Iterable<string>;
  /** Item id → the Authorization value of its owner. */
  items: ReadonlyMap<string, string>;
  /** Whether a user's address was made by the run(s) being cleaned up. */
  owns(email: string): boolean;
  /** Users created before this are not looked at (the list is newest first). */
  since: Date;
}

/** At most this many pages of 100 users are read looking for tagged ones. */
const MAX_USER_PAGES = 50;

type Page = { items?: { userId?: string; itemId?: string; email?: string; createdAt?: string }[]; nextCursor?: string };

/** True when this request removed it, false when it was already gone. */
function expectGone(reply: HttpReply, what: string): boolean {
  if (reply.status !== 204 && reply.status !== 404)
    throw new Error(`${what}: ${reply.status} ${reply.text.slice(0, 200)}`);
  return reply.status === 204;
}

async function* pages(send: Send, path: string, authorization: string): AsyncGenerator<Page> {
  let cursor: string | undefined;
  do {
    const query = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const reply = await send({ method: 'GET', path: `${path}?limit=100${query}`, headers: { authorization } });
    if (reply.status !== 200) throw new Error(`GET ${path}: ${reply.status} ${reply.text.slice(0, 200)}`);
    const page = reply.json as Page;
    yield page;
    cursor = page.nextCursor;
  } while (cursor);
}

/** True when everything is gone. */
export async function cleanUp(plan: CleanupPlan): Promise<boolean> {
  const { send, progress } = plan;
  let complete = true;
  const removed = { items: 0, users: 0 };
  const attempt = async (what: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (err) {
      complete = false;
      progress.fail(`${what}: ${(err as Error).message}`);
    }
  };
  const deleteItem = async (itemId: string, authorization: string) => {
    const path = `/items/${itemId}?permanent=true`;
    if (expectGone(await send({ method: 'DELETE', path, headers: { authorization } }), `DELETE ${path}`))
      removed.items++;
  };

  await attempt('items the run made', async () => {
    for (const [itemId, authorization] of plan.items) await deleteItem(itemId, authorization);
  });
  for (const account of plan.signedIn) {
    await attempt(`items of ${account.email}`, async () => {
      const authorization = bearer(account.token).authorization;
      for await (const page of pages(send, '/items', authorization)) {
        for (const { itemId } of page.items ?? []) {
          if (itemId) await deleteItem(itemId, authorization);
        }
      }
    });
  }

  const users = [...plan.users];
  const admin = plan.signedIn.find((a) => a.role === 'admin');
  await attempt('users the run made', async () => {
    if (!admin) {
      if (users.length > 0) throw new Error(`${users.length} users, and no admin account to delete them with`);
      return;
    }
    const headers = bearer(admin.token);
    const remove = async (userId: string) => {
      const reply = await send({ method: 'DELETE', path: `/users/${userId}`, headers });
      if (expectGone(reply, `DELETE /users/${userId}`)) removed.users++;
    };
    for (const userId of users) await remove(userId);
    let read = 0;
    for await (const page of pages(send, '/users', headers.authorization)) {
      const list = page.items ?? [];
      for (const user of list) {
        if (user.userId && user.email && plan.owns(user.email)) await remove(user.userId);
      }
      const oldest = list.at(-1)?.createdAt;
      if (++read >= MAX_USER_PAGES || (oldest && new Date(oldest) < plan.since)) break;
    }
  });
  progress.note(`${removed.items} items and ${removed.users} users deleted`);

  if (!complete) {
    const retry = plan.cleanupCommand;
    progress.fail(`kept the Cognito accounts ${plan.accountEmails.join(', ')}: once the stage answers, run ${retry}`);
    return false;
  }
  for (const email of plan.accountEmails) {
    await attempt(`Cognito account ${email}`, async () => {
      await plan.accounts.delete(email);
      progress.pass(`Cognito account ${email} deleted`);
    });
  }
  return complete;
}
