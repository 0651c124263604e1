// cfn-lint's findings per template, kept under node_modules/.cache by the template's digest and
// the cfn-lint it came from, so an unchanged template is not linted again (~3-5 s of CPU each).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../infra/bundling.js';
import { lintTemplates } from './findings.js';

const cacheRoot = join(projectRoot, 'node_modules/.cache/users-api-cfn-lint-findings');

const TEMPLATE = '<template>';

/** The raw `--format parseable` lines of one template, with its path replaced by `<template>`. */
interface CachedLint {
  readonly lines: string[];
}

/** Which cfn-lint: its path and the size and time of its file, so an upgrade misses the cache. */
function toolKey(command: string): string {
  try {
    const stat = statSync(command);
    return `${command}\0${stat.size}\0${stat.mtimeMs}`;
  } catch {
    return command; // a name found on PATH at run time
  }
}

function findingsKey(command: string, templateFile: string): string {
  return createHash('sha256').update(toolKey(command)).update('\0').update(readFileSync(templateFile)).digest('hex');
}

function cachedFindings(key: string): string[] | undefined {
  const file = join(cacheRoot, `${key}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CachedLint).lines : undefined;
}

function storeFindings(key: string, lines: string[]): void {
  mkdirSync(cacheRoot, { recursive: true });
  writeFileSync(join(cacheRoot, `${key}.json`), JSON.stringify({ lines } satisfies CachedLint));
}

/** cfn-lint's lines for each file (by path), running it only on the files it has not seen as they are now. */
export async function lintUnlessUnchanged(
  command: string,
  files: string[],
): Promise<{ linesOf: Map<string, string[]>; linted: number }> {
  const keys = new Map(files.map((file) => [file, findingsKey(command, file)]));
  const toLint = files.filter((file) => cachedFindings(keys.get(file) as string) === undefined);
  const fresh = toLint.length > 0 ? await lintTemplates(command, toLint) : [];
  const linesOf = new Map<string, string[]>();
  for (const file of files) {
    const key = keys.get(file) as string;
    const cached = cachedFindings(key);
    const lines = cached
      ? cached.map((line) => file + line.slice(TEMPLATE.length))
      : fresh.filter((line) => line.startsWith(`${file}:`));
    if (!cached)
      storeFindings(
        key,
        lines.map((line) => TEMPLATE + line.slice(file.length)),
      );
    linesOf.set(file, lines);
  }
  return { linesOf, linted: toLint.length };
}
