// The synthesized matrix, kept under node_modules/.cache keyed by every input of the synth, so
// `npm test` synthesizes it once: lint:cfn makes it and the cycle test run right after reuses it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../../infra/bundling.js';
import { combinations } from './matrix.js';
import { type SynthesizedTemplate, synthesizeMatrix } from './synthesizeMatrix.js';

const cacheRoot = join(projectRoot, 'node_modules/.cache/users-api-cfn-lint');
/** What the templates are made from: the app, the spec and everything it generates, the tools' versions. */
const inputs = ['infra', 'src', 'generated', 'tooling/cfnLint', 'openapi.yaml', 'docs/template.hbs', 'redocly.yaml'];
const lockfile = 'package-lock.json';

const filesUnder = (path: string): string[] =>
  statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => filesUnder(join(path, name))) : [path];

/** A digest of every input file (path and content) and of the account the multi-region stacks name. */
export function matrixKey(): string {
  const hash = createHash('sha256').update(process.env.CDK_DEFAULT_ACCOUNT ?? '');
  const files = [...inputs.flatMap((p) => filesUnder(join(projectRoot, p))), join(projectRoot, lockfile)].sort();
  for (const file of files) hash.update(relative(projectRoot, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex').slice(0, 24);
}

interface Listing {
  readonly templates: ReadonlyArray<Omit<SynthesizedTemplate, 'template'>>;
}

export interface MatrixTemplates {
  readonly templates: SynthesizedTemplate[];
  /** False when an earlier run's templates for the same inputs were reused. */
  readonly synthesized: boolean;
}

/** The matrix's templates, synthesized now unless the cache holds them for these very inputs. */
export function matrixTemplates(): MatrixTemplates {
  const key = matrixKey();
  const dir = join(cacheRoot, key);
  const listing = join(dir, 'matrix.json');
  if (existsSync(listing)) {
    const { templates } = JSON.parse(readFileSync(listing, 'utf8')) as Listing;
    const read = templates.map((t) => ({ ...t, file: join(dir, t.file) }));
    return {
      templates: read.map((t) => ({ ...t, template: JSON.parse(readFileSync(t.file, 'utf8')) })),
      synthesized: false,
    };
  }
  const work = `${dir}.${process.pid}.tmp`;
  const made = synthesizeMatrix(work, combinations);
  const entries = made.map(({ template: _, ...t }) => ({ ...t, file: relative(work, t.file) }));
  writeFileSync(join(work, 'matrix.json'), JSON.stringify({ templates: entries }));
  // Older keys are stale; the rename is all at once, so a concurrent reader never sees half a matrix.
  for (const old of existsSync(cacheRoot) ? readdirSync(cacheRoot) : []) {
    if (old !== key && !old.endsWith('.tmp')) rmSync(join(cacheRoot, old), { recursive: true, force: true });
  }
  mkdirSync(cacheRoot, { recursive: true });
  try {
    renameSync(work, dir);
  } catch (err) {
    rmSync(work, { recursive: true, force: true });
    if (!existsSync(listing)) throw err; // else another run was first, with the same inputs
    return { templates: made.map((t) => ({ ...t, file: join(dir, relative(work, t.file)) })), synthesized: true };
  }
  return { templates: made.map((t) => ({ ...t, file: join(dir, relative(work, t.file)) })), synthesized: true };
}
