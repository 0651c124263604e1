// Stand-ins for DynamoDB so that benchmarks measure the API, not the database: an HTTP server
// speaking DynamoDB's JSON protocol on 127.0.0.1 (cold runs keep the SDK's whole request
// path), and an in-process send() for warm runs (no HTTP, no SDK middleware).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { tableDefinition } from '../src/store/table.js';

/** Answers every DynamoDB call with an empty success: writes succeed, reads find nothing. */
export function startDynamoDbStub(): Promise<{ endpoint: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'stub' });
      res.end(target.endsWith('.Query') ? '{"Items":[],"Count":0,"ScannedCount":0}' : '{}');
    });
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({
        endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    ),
  );
}

type Item = Record<string, unknown>;
const { partitionKey, sortKey } = tableDefinition;
const keyOf = (key: Item) => JSON.stringify([key[partitionKey.name], key[sortKey.name]]);

/** A document client's send() on an in-memory table: puts are kept, gets find them. */
export function inMemorySend(): (command: unknown) => Promise<unknown> {
  const table = new Map<string, Item>();
  return async (command) => {
    if (command instanceof GetCommand) return { Item: table.get(keyOf(command.input.Key ?? {})) };
    if (command instanceof PutCommand) {
      table.set(keyOf(command.input.Item ?? {}), command.input.Item ?? {});
      return {};
    }
    if (command instanceof TransactWriteCommand) {
      for (const action of command.input.TransactItems ?? []) {
        if (action.Put) table.set(keyOf(action.Put.Item ?? {}), action.Put.Item ?? {});
        if (action.Delete) table.delete(keyOf(action.Delete.Key ?? {}));
      }
      return {};
    }
    if (command instanceof QueryCommand) return { Items: [], Count: 0 };
    return {};
  };
}
