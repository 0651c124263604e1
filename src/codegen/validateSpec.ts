// Before generating anything, `npm run generate` lints the spec with Redocly's recommended
// rules (offline): one line per error, `file:line:column: message (rule)`, never the document.
import { relative } from 'node:path';
import {
  BaseResolver,
  createConfig,
  getLineColLocation,
  lint,
  type NormalizedProblem,
  YamlParseError,
} from '@redocly/openapi-core';

/** Remote references would make the build depend on the network: the spec must be local files. */
function refuseRemote(url: string): never {
  throw new Error(`Remote $ref ${url}: the spec must be made of local files`);
}

/** The YAML parser's message without its file and place, which the line already gives. */
const bare = (message: string) => message.replace(/ in "[^"]*" \(\d+:\d+\)$/, '');

function problemLine(problem: NormalizedProblem, root: string): string {
  const location = problem.location[0];
  // Messages may name files by absolute path (a reference that does not parse): keep them relative.
  const message = bare(problem.message.split('\n')[0] ?? '').replaceAll(`${root}/`, '');
  if (!location) return `${message} (${problem.ruleId})`;
  const { start } = getLineColLocation(location);
  return `${relative(root, location.source.absoluteRef)}:${start.line}:${start.col}: ${message} (${problem.ruleId})`;
}

/**
 * One line per error in the spec whose root file is `rootFile` (the files it references
 * included); empty when it is valid. Warnings are left to `npm run lint:spec`.
 */
export async function specErrors(rootFile: string, root: string): Promise<string[]> {
  // An inline configuration: no redocly.yaml, no credentials file, no registry.
  const config = await createConfig({ extends: ['recommended'] });
  const externalRefResolver = new BaseResolver({ http: { headers: [], customFetch: refuseRemote } });
  try {
    const problems = await lint({ ref: rootFile, config, externalRefResolver });
    const errors = problems.filter((p) => p.severity === 'error').map((p) => problemLine(p, root));
    return [...new Set(errors)];
  } catch (err) {
    // The root file is not YAML: the error carries the whole file (`source`), so print only its place.
    if (!(err instanceof YamlParseError)) throw err;
    return [`${relative(root, err.source.absoluteRef)}:${err.line}:${err.col}: ${bare(err.message)}`];
  }
}
