// The project's own text files, walked from its root: what `npm run rename` rewrites. Skips
// what git ignores here (installs, data, build output), git itself, binaries, the rename
// tool and its test (they must keep working for the next rename), and what is rebuilt after.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const skippedDirectories = new Set([
  '.git',
  'node_modules',
  '.data',
  'coverage',
  'test-output',
  'cdk.out',
  'dist',
  '.stryker-tmp',
]);
/** Rewritten by the commands `npm run rename` runs after (generate, collection), or built by hand (docs). */
const rebuilt = ['generated/', 'postman/', 'docs/index.html'];
const renameTool = ['tooling/rename.ts', 'tooling/rename/', 'test/tooling/rename.test.ts'];

/** Paths relative to `root`, with `/` separators. */
export function projectTextFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skippedDirectories.has(entry.name)) walk(path);
        continue;
      }
      if (!entry.isFile()) continue; // a symlinked node_modules among others
      const name = relative(root, path).split('\\').join('/');
      if ([...rebuilt, ...renameTool].some((skip) => name === skip || (skip.endsWith('/') && name.startsWith(skip))))
        continue;
      if (readFileSync(path).includes(0)) continue; // binary
      files.push(name);
    }
  };
  walk(root);
  return files.sort();
}
