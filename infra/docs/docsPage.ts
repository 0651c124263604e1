// Builds the Redoc page: `npm run docs` (docs/index.html), and the page a stage publishes, at
// synth, from the document the stack was given; those are cached by their inputs, so only a
// changed spec, template or Redocly version costs a build (~2-4 s).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../bundling.js';
import type { JsonObject } from '../spec/models.js';
import { docsTemplatePath } from './contentSecurityPolicy.js';
import { withLocalBadge } from './offlineBadge.js';

const require = createRequire(import.meta.url);
const redoclyPackage = require.resolve('@redocly/cli/package.json');
const redoclyCli = join(dirname(redoclyPackage), 'bin/cli.js');
const cacheRoot = join(projectRoot, 'node_modules/.cache/users-api-docs');
/** As in `npm run docs`: telemetry and update checks off (redocly.yaml also says `telemetry: off`). */
const redoclyEnv = { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

/** Builds `input` (a spec file) into the self-contained page `output`, as `npm run docs` does. */
export function buildDocsFile(input: string, output: string): void {
  const args = ['build-docs', input, '--inlineBundle', '--template', fileURLToPath(docsTemplatePath), '-o', output];
  const run = spawnSync(process.execPath, [redoclyCli, ...args], {
    cwd: projectRoot, // redocly.yaml
    env: { ...process.env, ...redoclyEnv },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`redocly build-docs failed (${run.status}):\n${run.stdout}${run.stderr}`);
  writeFileSync(output, withLocalBadge(readFileSync(output, 'utf8')));
}

/** A directory holding only `index.html`: the page of `doc`, self-contained (`--inlineBundle`). */
export function buildDocsPage(doc: JsonObject): string {
  const spec = JSON.stringify(doc);
  const key = createHash('sha256')
    .update(spec)
    .update(readFileSync(docsTemplatePath))
    .update(readFileSync(new URL('./offlineBadge.ts', import.meta.url)))
    .update(readFileSync(join(projectRoot, 'redocly.yaml')))
    .update(readFileSync(redoclyPackage))
    .digest('hex')
    .slice(0, 32);
  const dir = join(cacheRoot, key);
  if (existsSync(join(dir, 'index.html'))) return dir;

  const work = `${dir}.${process.pid}.tmp`;
  const specFile = `${work}.json`;
  mkdirSync(work, { recursive: true });
  writeFileSync(specFile, spec);
  try {
    buildDocsFile(specFile, join(work, 'index.html'));
  } catch (err) {
    rmSync(work, { recursive: true, force: true });
    throw err;
  } finally {
    rmSync(specFile, { force: true });
  }
  try {
    renameSync(work, dir); // all at once: a concurrent synth never sees half a page
  } catch (err) {
    rmSync(work, { recursive: true, force: true });
    if (!existsSync(join(dir, 'index.html'))) throw err; // else another synth was first
  }
  return dir;
}
