// Small HTTP and DynamoDB helpers for tests that go through the real gateway.
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

export interface Reply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: replies are inspected field by field in assertions
  body: any;
  text: string;
}

/** Sends a request; `json` is serialised with a JSON content type unless `headers` say otherwise. */
export async function call(
  baseUrl: string,
  method: string,
  path: string,
  options: { json?: unknown; body?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(baseUrl + path, { method, headers, body });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

type Call = typeof call;

/** `call` with a bearer token on every request (unless the request sets its own Authorization). */
export function withToken(token: string): Call {
  return (baseUrl, method, path, options = {}) =>
    call(baseUrl, method, path, { ...options, headers: { authorization: `Bearer ${token}`, ...options.headers } });
}

/** A unique, valid email for one test. */
export const uniqueEmail = (tag = 'user') => `${tag}.${randomUUID().slice(0, 8)}@example.com`;

export function documentClient(endpoint: string): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: 'us-east-1',
      endpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  );
}

export const TABLE_NAME = 'users-api';

export async function getItem(db: DynamoDBDocumentClient, pk: string, sk: string) {
  return (await db.send(new GetCommand({ TableName: TABLE_NAME, Key: { pk, sk }, ConsistentRead: true }))).Item;
}
