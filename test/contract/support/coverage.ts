// Which documented statuses the contract suite saw, per operation. Each test file
// saves its hits under test-output/; the global teardown merges them into a table.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { operations } from './spec.js';

export type Hits = Record<string, Record<string, number>>;

const outputRoot = resolve(import.meta.dirname, '../../../test-output/contract-coverage');
const hits: Hits = {};

/** Counts one response of `operationId` with `status` (call it only once the response conformed). */
export function recordHit(operationId: string, status: number): void {
  addHits(hits, operationId, { [status]: 1 });
}

function addHits(into: Hits, operationId: string, row: Record<string, number>): void {
  const target = into[operationId] ?? {};
  for (const [status, count] of Object.entries(row)) target[status] = (target[status] ?? 0) + count;
  into[operationId] = target;
}

export function saveHits(targetKind: string, testFile: string): void {
  const dir = resolve(outputRoot, targetKind);
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, `${basename(testFile)}.json`), JSON.stringify(hits));
}

export function clearHits(targetKind: string): void {
  rmSync(resolve(outputRoot, targetKind), { recursive: true, force: true });
}

export function readHits(targetKind: string): Hits {
  const merged: Hits = {};
  const dir = resolve(outputRoot, targetKind);
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return merged;
  }
  for (const file of files) {
    const part = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Hits;
    for (const [op, row] of Object.entries(part)) addHits(merged, op, row);
  }
  return merged;
}

/**
 * Operation × status: the number of conforming responses seen, `—` for a documented
 * status that was not exercised (its reason listed below the table), blank when the
 * status is not documented for the operation.
 */
export function formatCoverage(title: string, seen: Hits, reasonFor: (op: string, status: number) => string): string {
  const statuses = [...new Set(operations.flatMap((op) => op.responses.map((r) => r.status)))].sort((a, b) => a - b);
  const width = Math.max(...operations.map((op) => op.operationId.length), 'operation'.length);
  const cell = (text: string) => text.padStart(5);
  const lines = [title, `${'operation'.padEnd(width)} ${statuses.map((s) => cell(String(s))).join('')}`];
  const missing: string[] = [];
  for (const op of operations) {
    const row = statuses.map((status) => {
      if (!op.responses.some((r) => r.status === status)) return cell('');
      const count = seen[op.operationId]?.[status] ?? 0;
      if (count === 0) missing.push(`  ${op.operationId} ${status}: ${reasonFor(op.operationId, status)}`);
      return cell(count === 0 ? '—' : String(count));
    });
    lines.push(`${op.operationId.padEnd(width)} ${row.join('')}`);
  }
  if (missing.length > 0) lines.push('Not exercised:', ...missing);
  return lines.join('\n');
}
