// Builds the Redoc page a stage publishes, at synth, from the document the stack was given,
// with the command `npm run docs` runs; pages are cached by their inputs, so only a changed
// spec, template or Redocly version costs a build (~2-4 s).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../bundling.js';
import type { JsonObject } from '../spec/models.js';
import { docsTemplatePath } from './contentSecurityPolicy.js';

const require = createRequire(import.meta.url);
const redoclyPackage = require.resolve('@redocly/cli/package.json');
const redoclyCli = join(dirname(redoclyPackage), 'bin/cli.js');
const cacheRoot = join(projectRoot, 'node_modules/.cache/users-api-docs');
/** As in `npm run docs`: telemetry and update checks off (redocly.yaml also says `telemetry: off`). */
const redoclyEnv = { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

/** A directory holding only `index.html`: the page of `doc`, self-contained (`--inlineBundle`). */
export function buildDocsPage(doc: JsonObject): string {
  const spec = JSON.stringify(doc);
  const template = fileURLToPath(docsTemplatePath);
  const key = createHash('sha256')
    .update(spec)
    .update(readFileSync(template))
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
  const args = ['build-docs', specFile, '--inlineBundle', '--template', template, '-o', join(work, 'index.html')];
  const run = spawnSync(process.execPath, [redoclyCli, ...args], {
    cwd: projectRoot, // redocly.yaml
    env: { ...process.env, ...redoclyEnv },
    encoding: 'utf8',
  });
  rmSync(specFile, { force: true });
  if (run.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`redocly build-docs failed (${run.status}):\n${run.stdout}${run.stderr}`);
  }
  try {
    renameSync(work, dir); // all at once: a concurrent synth never sees half a page
  } catch (err) {
    rmSync(work, { recursive: true, force: true });
    if (!existsSync(join(dir, 'index.html'))) throw err; // else another synth was first
  }
  return dir;
}
