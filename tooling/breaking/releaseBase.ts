// What `npm run check:breaking` compares openapi.yaml with: the last release (the newest
// v<digit>* tag reachable from HEAD, or before HEAD when HEAD is one), else the merge base
// with main, else (on main itself, or with no main) the spec's previous version; or why there is none.
import { execFileSync } from 'node:child_process';

export type ReleaseBase =
  | { readonly found: true; readonly label: string; readonly commit: string }
  | { readonly found: false; readonly reason: string };

/** git's trimmed output, or undefined when git is missing or the command fails. */
function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** The branches tried for a merge base, in order: a local main, then the remote's (as in a CI clone). */
export const mainBranches = ['main', 'origin/main'] as const;

/** The newest v<digit>* tag reachable from `rev`, with its commit. */
function lastRelease(cwd: string, rev: string): { label: string; commit: string } | undefined {
  const tag = git(cwd, ['describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*', rev]);
  const commit = tag && git(cwd, ['rev-parse', '--verify', '--quiet', `${tag}^{commit}`]);
  return tag && commit ? { label: `release ${tag}`, commit } : undefined;
}

/**
 * The spec's previous version: HEAD's when the work tree changed it, else the commit before the
 * last one that changed it. For a branch with no release and nothing to merge into.
 */
function previousVersion(cwd: string, specPath: string): { label: string; commit: string } | undefined {
  const head = git(cwd, ['rev-parse', 'HEAD']);
  // `git diff --quiet` fails (undefined here) when the work tree's file differs from HEAD's.
  if (head && git(cwd, ['diff', '--quiet', 'HEAD', '--', specPath]) === undefined)
    return { label: `the last commit (${head.slice(0, 12)}), as the work tree changed ${specPath}`, commit: head };
  const last = git(cwd, ['log', '-1', '--format=%h', '--abbrev=12', 'HEAD', '--', specPath]);
  const before = last && git(cwd, ['rev-parse', '--verify', '--quiet', `${last}^`]);
  return last && before
    ? {
        label: `the version before ${specPath}'s last change (${before.slice(0, 12)}, the parent of ${last})`,
        commit: before,
      }
    : undefined;
}

export function findReleaseBase(cwd: string, specPath = 'openapi.yaml'): ReleaseBase {
  if (git(cwd, ['rev-parse', '--is-inside-work-tree']) !== 'true') {
    return { found: false, reason: 'not in a git work tree (or git is not installed)' };
  }
  const head = git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (!head) return { found: false, reason: 'the repository has no commit yet' };

  let base = lastRelease(cwd, 'HEAD');
  // A commit that is itself a release (the deploy workflow runs on its tag) is checked
  // against the release before it.
  if (base?.commit === head)
    base = git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^']) ? lastRelease(cwd, 'HEAD^') : undefined;
  for (const branch of mainBranches) {
    if (base) break;
    const commit = git(cwd, ['merge-base', 'HEAD', branch]);
    if (commit) base = { label: `the merge base with ${branch} (${commit.slice(0, 12)})`, commit };
  }
  // No release, and HEAD is main (or there is none): the spec's previous version, so that a break
  // on main between releases is caught by the push that makes it.
  if (!base || base.commit === head) {
    const previous = previousVersion(cwd, specPath);
    if (previous) return { found: true, ...previous };
    const why = base ? `${base.label} is HEAD itself` : `no v* tag and no ${mainBranches.join(' or ')} branch`;
    return { found: false, reason: `${why}, and ${specPath} has no earlier version` };
  }
  return { found: true, ...base };
}

/** The file's text at `commit` (`path` relative to `cwd`), or undefined when it did not exist there. */
export function fileAt(cwd: string, commit: string, path: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${commit}:./${path}`], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}
