// How users are laid out in the table: `USER#<id>`/`USER`, and the tombstone a delete leaves;
// shared by the users store and the stream consumer (src/events/), which needs no SDK client.
import type { components } from '../../generated/types.js';

export type User = components['schemas']['User'];

export const userKey = (userId: string) => ({ pk: `USER#${userId}`, sk: 'USER' });
/** The tombstone of a deleted user, which carries who deleted it to the stream (writer.ts). */
export const deletedUserKey = (userId: string) => ({ pk: `USER#${userId}`, sk: 'DELETED' });

/** The user as the API shows it: no keys, no writer attributes. */
export function toUser(item: Record<string, unknown>): User {
  const { userId, name, email, age, createdAt, updatedAt, version } = item as User;
  return { userId, name, email, ...(age === undefined ? {} : { age }), createdAt, updatedAt, version };
}
