// `npm run check:breaking`: fails when openapi.yaml breaks clients of the last release (or of
// main, or of its previous version) and info.version's major was not raised; names what it
// compared with, and says so and passes when there is no base.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { bundleSpec } from '../src/codegen/bundleSpec.js';
import { diffSpecs } from './breaking/opticDiff.js';
import { fileAt, findReleaseBase } from './breaking/releaseBase.js';
import { webhooksAsOperations } from './breaking/webhooks.js';

const specPath = process.argv[2] ?? 'openapi.yaml';
const cwd = process.cwd();
const versionOf = (text: string): string => {
  const info = (parse(text) as { info?: { version?: unknown } } | null)?.info;
  return typeof info?.version === 'string' ? info.version : '(none)';
};

async function main(): Promise<number> {
  const base = findReleaseBase(cwd, specPath);
  if (!base.found) {
    console.log(`check:breaking: no base to compare ${specPath} with (${base.reason}); nothing to check.`);
    return 0;
  }
  const before = fileAt(cwd, base.commit, specPath);
  if (before === undefined) {
    console.log(`check:breaking: ${specPath} did not exist at ${base.label}; nothing to check.`);
    return 0;
  }
  const dir = mkdtempSync(join(tmpdir(), 'check-breaking-'));
  try {
    // Both sides with their events (x-webhooks) shown to Optic as operations (breaking/webhooks.ts);
    // the head bundled, so that a spec split over files still resolves from the temporary directory.
    const headFile = resolve(cwd, specPath);
    const baseFile = join(dir, 'base.json');
    writeFileSync(baseFile, JSON.stringify(webhooksAsOperations(parse(before) as Record<string, unknown>)));
    const headBundled = join(dir, 'head.json');
    const head = (await bundleSpec(headFile)) as unknown as Record<string, unknown>;
    writeFileSync(headBundled, JSON.stringify(webhooksAsOperations(head)));
    const { status, report } = diffSpecs(baseFile, headBundled);
    const versions = `info.version ${versionOf(before)} -> ${versionOf(readFileSync(headFile, 'utf8'))}`;
    console.log(`check:breaking: ${specPath} against ${base.label}, ${versions}`);
    console.log(report);
    if (status === 0) return 0;
    console.error(
      `check:breaking: ${specPath} breaks clients of ${base.label}. Undo the change, make it additive, or ` +
        "raise info.version's major version if the break is intended (docs/release.md).",
    );
    return 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
