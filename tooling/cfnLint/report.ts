// The per-template table lint:cfn prints: errors, warnings (listed / new), and the time taken.
import type { Finding } from './findings.js';

export interface TemplateRow {
  readonly label: string;
  readonly findings: Finding[];
  /** The label of an identical template already linted, when this one was not linted again. */
  readonly sameAs?: string;
}

const pad = (text: string, width: number) => text.padEnd(width);

export function reportTable(rows: readonly TemplateRow[]): string {
  const width = Math.max(...rows.map((r) => r.label.length), 'template'.length);
  const lines = [`${pad('template', width)}  errors  warnings (listed/new)`];
  for (const row of rows) {
    const errors = row.findings.filter((f) => f.rule.startsWith('E')).length;
    const warnings = row.findings.filter((f) => f.rule.startsWith('W'));
    const listed = warnings.filter((f) => f.listed).length;
    const same = row.sameAs ? `  (identical to ${row.sameAs})` : '';
    lines.push(
      `${pad(row.label, width)}  ${pad(String(errors), 6)}  ${warnings.length} (${listed}/${warnings.length - listed})${same}`,
    );
  }
  return lines.join('\n');
}

/** One line per finding that is not a listed warning: the errors, then the new warnings. */
export function unlistedFindings(rows: readonly TemplateRow[]): string[] {
  return rows.flatMap((row) =>
    row.findings
      .filter((f) => !f.listed)
      .map((f) => `${row.label}:${f.line} ${f.rule} ${f.message}`)
      .sort((a, b) => (a.includes(' E') ? 0 : 1) - (b.includes(' E') ? 0 : 1)),
  );
}
