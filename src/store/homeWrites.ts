// Multi-region stages write only to the home region's table and read from the local replica
// (docs/multi-region.md): one Database that sends each command to the right region's client.
import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  ScanCommand,
  TransactGetCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Database } from './client.js';

/** The commands that only read; every other command, known or not, is a write and goes home. */
export const readCommands = [GetCommand, QueryCommand, ScanCommand, BatchGetCommand, TransactGetCommand] as const;

const isRead = (command: unknown) => readCommands.some((kind) => command instanceof kind);

/**
 * Reads go to `local` (this region's replica), writes to `home`: the email guard's transaction
 * and every conditional write are decided by one table, so two regions can never both win
 * (global tables resolve concurrent writes in different regions by last writer wins).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_HowItWorks.html
 */
export function homeWrites(local: Database, home: Database): Database {
  const send = (command: object, ...rest: unknown[]) =>
    (isRead(command) ? local : home).send(command as never, ...(rest as []));
  return { send: send as DynamoDBDocumentClient['send'] };
}
