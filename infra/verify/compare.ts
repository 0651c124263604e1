// Compares one request's answer from the stage with the local gateway's: status, headers
// and body, after normalising what differs by nature (ids, dates, emails, request ids,
// cursors, transport headers), and lays the differences out side by side.
import { FUNCTION_VERSION_HEADER } from './stageHttp.js';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

export interface Difference {
  /** `status`, `header <name>` or `body <json pointer>`. */
  field: string;
  stage: string;
  local: string;
}

/**
 * Headers not compared: the HTTP layer's, the request id (its value is in the body, normalised),
 * what AWS adds and the local gateway does not emulate (docs/architecture.md), and the version.
 */
export const UNCOMPARED_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'x-amzn-requestid',
  'x-amz-apigw-id',
  'x-amzn-trace-id',
  FUNCTION_VERSION_HEADER,
]);

const ABSENT = '(absent)';

/** Ids (UUIDs, also request ids), ISO dates and the example addresses runs make. */
export function normalise(text: string): string {
  return text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>')
    .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, '<date>')
    .replace(/[\w.+-]+@example\.(?:com|invalid)/gi, '<email>');
}

function headersOf(answer: Answer): Map<string, string> {
  const kept = [...answer.headers].filter(([name]) => !UNCOMPARED_HEADERS.has(name));
  return new Map(kept.map(([name, value]) => [name, normalise(value)]));
}

/** JSON flattened to pointer → value; cursors are opaque, so only their presence counts. */
function flatten(value: unknown, pointer: string, into: Map<string, string>): Map<string, string> {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (entries.length === 0) into.set(pointer, JSON.stringify(value));
    for (const [key, v] of entries) flatten(v, `${pointer}/${key}`, into);
  } else {
    const cursor = pointer.endsWith('/nextCursor');
    into.set(pointer, cursor ? '<cursor>' : normalise(JSON.stringify(value)));
  }
  return into;
}

function bodyOf(text: string): Map<string, string> {
  try {
    return flatten(JSON.parse(text), '', new Map());
  } catch {
    return new Map(text === '' ? [] : [['', normalise(text)]]);
  }
}

function mapDifferences(prefix: string, stage: Map<string, string>, local: Map<string, string>): Difference[] {
  const keys = [...new Set([...stage.keys(), ...local.keys()])].sort();
  return keys
    .filter((k) => stage.get(k) !== local.get(k))
    .map((k) => ({ field: `${prefix}${k}`, stage: stage.get(k) ?? ABSENT, local: local.get(k) ?? ABSENT }));
}

export function differences(stage: Answer, local: Answer): Difference[] {
  return [
    ...(stage.status === local.status
      ? []
      : [{ field: 'status', stage: String(stage.status), local: String(local.status) }]),
    ...mapDifferences('header ', headersOf(stage), headersOf(local)),
    ...mapDifferences('body ', bodyOf(stage.text), bodyOf(local.text)),
  ];
}

const column = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

/** One line per difference: the field, the stage's value, the local gateway's. */
export function sideBySide(diffs: readonly Difference[], width = 44): string[] {
  const fieldWidth = Math.min(Math.max(...diffs.map((d) => d.field.length), 'field'.length), 36);
  const row = (f: string, s: string, l: string) => `${column(f, fieldWidth)}  ${column(s, width)}  ${l}`;
  return [row('field', 'stage', 'local'), ...diffs.map((d) => row(d.field, d.stage, column(d.local, width).trimEnd()))];
}
