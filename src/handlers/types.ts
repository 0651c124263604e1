// Typed inputs and results of handlers, derived from the generated spec types:
// a handler sees validated, typed data and never an HTTP request or event.
import type { OperationId, operations as table } from '../../generated/operations.js';
import type { operations } from '../../generated/types.js';
import type { Caller } from '../http/caller.js';
import type { IdempotencyStore } from '../store/idempotency.js';
import type { ItemsRepository } from '../store/items.js';
import type { UsersRepository } from '../store/users.js';

type Params<K extends OperationId, W extends 'path' | 'query' | 'header'> = [
  NonNullable<operations[K]['parameters'][W]>,
] extends [never]
  ? Record<string, never>
  : NonNullable<operations[K]['parameters'][W]>;

type Defaulted<K extends OperationId> = (typeof table)[K]['queryDefaults'][number];

/** Query parameters, with those that have a spec default always present. */
export type Query<K extends OperationId> = Params<K, 'query'> & {
  [P in Defaulted<K> & keyof Params<K, 'query'>]-?: NonNullable<Params<K, 'query'>[P]>;
};

export type Body<K extends OperationId> = operations[K] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : undefined;

export interface Input<K extends OperationId> {
  path: Params<K, 'path'>;
  query: Query<K>;
  headers: Params<K, 'header'>;
  body: Body<K>;
  correlationId: string;
  /** The authenticated caller: always present on operations the spec secures. */
  caller: (typeof table)[K]['secured'] extends true ? Caller : Caller | undefined;
}

type SuccessStatus<K extends OperationId> = Extract<keyof operations[K]['responses'], 200 | 201 | 202 | 204>;

type ResponseBody<
  K extends OperationId,
  S extends keyof operations[K]['responses'],
> = operations[K]['responses'][S] extends {
  content: { 'application/json': infer B };
}
  ? B
  : undefined;

/** One of the operation's documented success responses; errors are thrown as ProblemError. */
export type Result<K extends OperationId> = {
  [S in SuccessStatus<K>]: { status: S; body: ResponseBody<K, S>; headers?: Record<string, string> };
}[SuccessStatus<K>];

export type Handler<K extends OperationId> = (input: Input<K>) => Promise<Result<K>>;

export interface Deps {
  users: UsersRepository;
  items: ItemsRepository;
  idempotency: IdempotencyStore;
  /** Makes item ids (time-ordered UUIDv7 in production). */
  itemIds: () => string;
  clock: () => Date;
  userIds: () => string;
  version: string;
}
