// Throwaway git repositories for the release tooling tests: commits, tags and branches
// made with the real git, with no user or system configuration read.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = {
  PATH: process.env.PATH,
  HOME: tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@localhost',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@localhost',
};

export interface GitRepo {
  readonly dir: string;
  git(...args: string[]): string;
  /** Writes `files` and commits them; returns the new commit. */
  commit(message: string, files: Record<string, string>): string;
}

/** A new repository whose first branch is `branch`. */
export function createGitRepo(branch: string): GitRepo {
  const dir = mkdtempSync(join(tmpdir(), 'git-repo-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim();
  git('init', '--quiet', '--initial-branch', branch);
  return {
    dir,
    git,
    commit(message, files) {
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      git('add', '--all');
      git('commit', '--quiet', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
  };
}
