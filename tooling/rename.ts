// `npm run rename -- --service orders-api`: renames the service everywhere the kit names it
// (package, stacks, table, tags, Cognito, alarms, docs title, client, files named after it),
// from its current name, package.json's `name`; then regenerates generated/ and postman/.
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { projectTextFiles } from './rename/projectFiles.js';
import { replacementsOf, serviceNameProblem, spellingsOf } from './rename/serviceName.js';

function fail(message: string): never {
  console.error(`rename: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({ options: { service: { type: 'string' } }, strict: false });
const root = resolve('.');
const current = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string }).name ?? '';
const wanted = typeof values.service === 'string' ? values.service : undefined;
if (!wanted) fail('say the new name: npm run rename -- --service orders-api.');
const problem = serviceNameProblem(wanted);
if (problem) fail(problem);
if (serviceNameProblem(current))
  fail(`package.json's name "${current}" is not a service name, so the current name is unknown.`);
if (wanted === current) fail(`the service is already called ${current}.`);

// One pass over each text, so that no new spelling is itself renamed again.
const replacements = new Map(replacementsOf(spellingsOf(current), spellingsOf(wanted)));
const anyOld = new RegExp(
  [...replacements.keys()].map((from) => from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);
const swap = (text: string) => text.replace(anyOld, (from) => replacements.get(from) ?? from);

let changedFiles = 0;
const moved: string[] = [];
for (const file of projectTextFiles(root)) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const next = swap(text);
  if (next !== text) {
    writeFileSync(path, next);
    changedFiles += 1;
  }
  const target = join(dirname(file), swap(file.split('/').pop() ?? file));
  if (target !== file) {
    renameSync(path, join(root, target));
    moved.push(`${file} -> ${target}`);
  }
}
console.log(`rename: ${current} -> ${wanted}: ${changedFiles} files rewritten`);
for (const line of moved) console.log(`  moved ${line}`);

// generated/ and postman/ are written only by their commands.
for (const script of ['src/codegen/generate.ts', 'tooling/collection.ts']) {
  const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), script], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) fail(`${script} failed after the rename:\n${run.stdout}${run.stderr}`);
  process.stdout.write(run.stdout);
}
console.log('rename: done. Run npm run docs for the docs page, and npm test.');
