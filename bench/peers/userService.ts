// What both peers do once a request is routed and validated: the same authorization rule and
// the same DynamoDB calls as ours, through our store (one TransactWriteItems of the user and its
// email guard per create, one consistent GetItem per read), so only the framework differs.
import { randomUUID } from 'node:crypto';
import { callerFromClaims } from '../../src/http/caller.js';
import { createDocumentClient } from '../../src/store/client.js';
import { EmailTakenError } from '../../src/store/errors.js';
import { createUsersRepository, type User } from '../../src/store/users.js';
import { PeerProblem } from './problems.js';

export type { User };

type Claims = Record<string, unknown> | null | undefined;

const ADMIN_GROUP = 'admins';

export function createUserService(env: NodeJS.ProcessEnv) {
  const db = createDocumentClient({
    region: env.AWS_REGION ?? 'us-east-1',
    endpoint: env.DYNAMODB_ENDPOINT || undefined,
  });
  const users = createUsersRepository(db, env.TABLE_NAME ?? 'users-api', env.CURSOR_SECRET ?? '');

  /** 401 without a caller; 403 unless an admin, or (for reads) the user concerned. */
  function authorize(claims: Claims, userId?: string): void {
    const caller = callerFromClaims(claims);
    if (!caller) {
      throw new PeerProblem(401, 'Unauthorized', 'urn:problem:unauthorized', 'Send a bearer token.');
    }
    if (!caller.groups.includes(ADMIN_GROUP) && caller.sub !== userId) {
      throw new PeerProblem(403, 'Forbidden', 'urn:problem:forbidden', `This needs the ${ADMIN_GROUP} group.`);
    }
  }

  return {
    async create(claims: Claims, input: { name: string; email: string; age?: number | undefined }): Promise<User> {
      authorize(claims);
      const now = new Date().toISOString();
      const user: User = {
        userId: randomUUID(),
        name: input.name.trim(),
        email: input.email.toLowerCase(),
        ...(input.age === undefined ? {} : { age: input.age }),
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      try {
        await users.create(user, { correlationId: randomUUID() });
      } catch (err) {
        if (!(err instanceof EmailTakenError)) throw err;
        throw new PeerProblem(
          409,
          'Conflict',
          'urn:problem:email-taken',
          `The email ${user.email} belongs to another user.`,
        );
      }
      return user;
    },

    async get(claims: Claims, userId: string): Promise<User> {
      authorize(claims, userId);
      const user = await users.get(userId);
      if (!user) throw new PeerProblem(404, 'Not Found', 'urn:problem:not-found', `User ${userId} does not exist.`);
      return user;
    },
  };
}

export const health = { status: 'ok', version: '1.0.0' };
