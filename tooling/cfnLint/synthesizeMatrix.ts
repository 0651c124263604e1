// Synthesizes every combination of the matrix in this one process, each App into its own
// directory: one Node start and one load of aws-cdk-lib for all of them, where one CDK CLI run
// per combination pays both each time.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { addGitHubDeployRole, addUsersApi } from '../../infra/stageApp.js';
import { type Combination, combinations } from './matrix.js';

export interface SynthesizedTemplate {
  /** `<combination>/<stack>`, e.g. `regions-2/UsersApi-dev-eu-west-1`. */
  readonly label: string;
  readonly stackName: string;
  readonly file: string;
  readonly template: Record<string, unknown>;
}

/**
 * With `skipBundling` (the default) the Lambda code is not built: the templates are the same but
 * for asset hashes (compared with hashes masked), and esbuild costs ~1 s per combination.
 */
export function synthesizeCombination(
  combination: Combination,
  outdir: string,
  skipBundling = true,
): SynthesizedTemplate[] {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const app = new App({ outdir, context: skipBundling ? { 'aws:cdk:bundling-stacks': [] } : {} });
  addUsersApi(app, combination.options);
  if (combination.githubRepo) addGitHubDeployRole(app, { repository: combination.githubRepo });
  const assembly = app.synth(); // cdk-nag runs here too: an unacknowledged finding throws
  // Only the templates are checked: the staged assets (the docs page, CDK's 21 MB AWS CLI layer) go.
  for (const name of readdirSync(outdir))
    if (name.startsWith('asset.')) rmSync(join(outdir, name), { recursive: true });
  return assembly.stacks.map((stack) => ({
    label: `${combination.name}/${stack.stackName}`,
    stackName: stack.stackName,
    file: join(outdir, stack.templateFile),
    template: stack.template as Record<string, unknown>,
  }));
}

/** Every template of every combination, synthesized under `root/<combination>/`. */
export function synthesizeMatrix(root: string, matrix: readonly Combination[] = combinations): SynthesizedTemplate[] {
  return matrix.flatMap((combination) => synthesizeCombination(combination, join(root, combination.name)));
}
