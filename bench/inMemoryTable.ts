// DynamoDB answered in-process for the warm loops: a document client's send() on a map of items
// that does what each command asks (key conditions, pages, updates, transactions), so every
// operation does its real work in the bench; conditions are taken as met (the success path).
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { tableDefinition } from '../src/store/table.js';
import { keyConditions, type Names, updateItem, type Values } from './inMemoryExpressions.js';

type Item = Record<string, unknown>;
const { partitionKey, sortKey } = tableDefinition;
const keyOf = (key: Item) => JSON.stringify([key[partitionKey.name], key[sortKey.name]]);
const compare = (a: unknown, b: unknown) => (a === b ? 0 : (a as string) < (b as string) ? -1 : 1);

/** The index's key names: the table's own, or a global secondary index's. */
function keysOf(indexName: string | undefined): { pk: string; sk: string } {
  if (indexName === undefined) return { pk: partitionKey.name, sk: sortKey.name };
  const index = tableDefinition.globalSecondaryIndexes.find((i) => i.indexName === indexName);
  if (!index) throw new Error(`in-memory table: no index ${indexName}`);
  return { pk: index.partitionKey.name, sk: index.sortKey.name };
}

export function inMemoryTable() {
  const items = new Map<string, Item>();

  function query(input: QueryCommand['input']) {
    if (input.FilterExpression) throw new Error('in-memory table: FilterExpression is not modelled');
    const { pk, sk } = keysOf(input.IndexName);
    const names = (input.ExpressionAttributeNames ?? {}) as Names;
    const values = (input.ExpressionAttributeValues ?? {}) as Values;
    const matches = keyConditions(input.KeyConditionExpression ?? '', names, values);
    const forward = input.ScanIndexForward !== false;
    let rows = [...items.values()].filter((item) => item[pk] !== undefined && matches(item));
    rows.sort((a, b) => (forward ? 1 : -1) * (compare(a[sk], b[sk]) || compare(keyOf(a), keyOf(b))));
    const start = input.ExclusiveStartKey;
    if (start) {
      const at = rows.findIndex((row) => row[sk] === start[sk] && keyOf(row) === keyOf(start));
      rows = at < 0 ? rows.filter((row) => (forward ? 1 : -1) * compare(row[sk], start[sk]) > 0) : rows.slice(at + 1);
    }
    const page = input.Limit === undefined ? rows : rows.slice(0, input.Limit);
    const last = page.length < rows.length ? page.at(-1) : undefined;
    const lastKey = last && {
      [partitionKey.name]: last[partitionKey.name],
      [sortKey.name]: last[sortKey.name],
      [pk]: last[pk],
      [sk]: last[sk],
    };
    return {
      Items: page.map((item) => ({ ...item })),
      Count: page.length,
      ...(lastKey && { LastEvaluatedKey: lastKey }),
    };
  }

  function update(input: UpdateCommand['input']) {
    const key = keyOf(input.Key ?? {});
    const next = updateItem(
      { ...(items.get(key) ?? input.Key) },
      input.UpdateExpression ?? '',
      (input.ExpressionAttributeNames ?? {}) as Names,
      (input.ExpressionAttributeValues ?? {}) as Values,
    );
    items.set(key, next);
    return next;
  }

  async function send(command: unknown): Promise<unknown> {
    if (command instanceof GetCommand) {
      const item = items.get(keyOf(command.input.Key ?? {}));
      return item ? { Item: { ...item } } : {};
    }
    if (command instanceof PutCommand) {
      const key = keyOf(command.input.Item ?? {});
      const old = items.get(key);
      items.set(key, { ...command.input.Item });
      return command.input.ReturnValues === 'ALL_OLD' && old ? { Attributes: old } : {};
    }
    if (command instanceof DeleteCommand) {
      const key = keyOf(command.input.Key ?? {});
      const old = items.get(key);
      items.delete(key);
      return command.input.ReturnValues === 'ALL_OLD' && old ? { Attributes: old } : {};
    }
    if (command instanceof UpdateCommand) {
      const next = update(command.input);
      return command.input.ReturnValues === 'ALL_NEW' ? { Attributes: { ...next } } : {};
    }
    if (command instanceof QueryCommand) return query(command.input);
    if (command instanceof TransactWriteCommand) {
      for (const action of command.input.TransactItems ?? []) {
        if (action.Put) items.set(keyOf(action.Put.Item ?? {}), { ...action.Put.Item });
        else if (action.Delete) items.delete(keyOf(action.Delete.Key ?? {}));
        else if (action.Update) update(action.Update as UpdateCommand['input']);
        else if (!action.ConditionCheck) throw new Error('in-memory table: an empty transaction item');
      }
      return {};
    }
    throw new Error(`in-memory table: ${(command as object)?.constructor?.name} is not modelled`);
  }

  return { send, items };
}

/** A document client's send() on a new in-memory table. */
export const inMemorySend = (): ((command: unknown) => Promise<unknown>) => inMemoryTable().send;
