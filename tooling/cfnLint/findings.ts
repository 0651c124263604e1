// Reads cfn-lint's `--format parseable` lines and sorts each finding into an error, a listed
// (ignored, with its reason) warning or a new warning; runs cfn-lint itself, two processes at most.
import { spawn } from 'node:child_process';
import { type IgnoredWarning, ignoredWarnings } from './ignoredWarnings.js';

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly message: string;
  /** The ignore-list entry that covers it (warnings only). */
  readonly listed?: IgnoredWarning;
}

// file:line:col:endLine:endCol:RULE:message
const PARSEABLE = /^(.+?):(\d+):\d+:\d+:\d+:([EWI]\d+):(.*)$/;

export function parseFindings(output: string, ignoreList: readonly IgnoredWarning[] = ignoredWarnings): Finding[] {
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const m = PARSEABLE.exec(line);
      if (!m) throw new Error(`cfn-lint printed a line that is not a finding: ${line}`);
      const [, file, lineNo, rule, message] = m as unknown as [string, string, string, string, string];
      const listed = rule.startsWith('W')
        ? ignoreList.find((entry) => entry.rule === rule && entry.pattern.test(message))
        : undefined;
      return { file, line: Number(lineNo), rule, message, ...(listed ? { listed } : {}) };
    });
}

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const run = (command: string, files: string[]): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, ['--format', 'parseable', '--', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

/**
 * cfn-lint's `--format parseable` lines for `files`, a process per share of the cores. Its exit
 * code is a bit mask (2 errors, 4 warnings, 8 notices); anything else (1: it failed) is a failure
 * of the tool, not a finding.
 */
export async function lintTemplates(command: string, files: string[], processes = 2): Promise<string[]> {
  const chunks = Array.from({ length: Math.min(processes, files.length) }, (_, i) =>
    files.filter((_, j) => j % processes === i),
  );
  const runs = await Promise.all(chunks.map((chunk) => run(command, chunk)));
  return runs.flatMap((r) => {
    if (r.code === null || (r.code & ~(2 | 4 | 8)) !== 0) {
      throw new Error(`${command} failed (exit ${r.code}):\n${r.stderr || r.stdout}`);
    }
    return r.stdout.split('\n').filter((line) => line.trim() !== '');
  });
}
