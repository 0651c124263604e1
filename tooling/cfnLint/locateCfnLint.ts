// Where AWS's cfn-lint comes from: the CFN_LINT variable, else `cfn-lint` on PATH
// (.ci/run points CFN_LINT at the copy packed for offline machines, ci.yml pip-installs it).
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const executable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The command to run, or undefined when there is none. */
export function locateCfnLint(env: NodeJS.ProcessEnv): string | undefined {
  if (env.CFN_LINT) return env.CFN_LINT;
  return (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'cfn-lint'))
    .find(executable);
}

export const installHint = 'install it with `pip install cfn-lint`, or set CFN_LINT to its path';
