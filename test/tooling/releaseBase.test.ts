// Which commit the breaking-change gate compares with: the last v* release (the one before,
// when HEAD is a release), else the merge base with main or origin/main, else the spec's
// previous version, else none.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileAt, findReleaseBase } from '../../tooling/breaking/releaseBase.js';
import { createGitRepo } from './gitRepo.js';

describe('findReleaseBase', () => {
  it('takes the newest v* tag reachable from HEAD', () => {
    const repo = createGitRepo('work');
    repo.commit('first', { 'openapi.yaml': 'v1' });
    repo.git('tag', 'v1.0.0');
    const second = repo.commit('second', { 'openapi.yaml': 'v2' });
    repo.git('tag', 'v1.1.0');
    repo.git('tag', 'very-old'); // not a release: v and a digit
    repo.commit('third', { 'openapi.yaml': 'v3' });

    expect(findReleaseBase(repo.dir)).toEqual({ found: true, label: 'release v1.1.0', commit: second });
  });

  it('takes the release before HEAD when HEAD is itself a release', () => {
    const repo = createGitRepo('main');
    const first = repo.commit('first', { 'openapi.yaml': 'v1' });
    repo.git('tag', '-a', 'v1.0.0', '-m', 'an annotated tag');
    repo.commit('second', { 'openapi.yaml': 'v2' });
    repo.git('tag', 'v2.0.0');

    expect(findReleaseBase(repo.dir)).toEqual({ found: true, label: 'release v1.0.0', commit: first });
  });

  it('falls back to the merge base with main, then with origin/main', () => {
    const repo = createGitRepo('main');
    const first = repo.commit('first', { 'openapi.yaml': 'v1' });
    repo.git('checkout', '--quiet', '-b', 'feature');
    repo.commit('second', { 'openapi.yaml': 'v2' });

    expect(findReleaseBase(repo.dir)).toEqual({
      found: true,
      label: `the merge base with main (${first.slice(0, 12)})`,
      commit: first,
    });

    repo.git('branch', '--quiet', '-D', 'main');
    repo.git('update-ref', 'refs/remotes/origin/main', first); // as in a CI clone
    expect(findReleaseBase(repo.dir)).toMatchObject({ found: true, commit: first });
  });

  it("on main without a release, takes the version before the spec's last change", () => {
    const repo = createGitRepo('main');
    const first = repo.commit('first', { 'openapi.yaml': 'v1' });
    const second = repo.commit('second', { 'openapi.yaml': 'v2' });
    repo.commit('an unrelated change', { 'other.txt': 'x' });

    expect(findReleaseBase(repo.dir)).toEqual({
      found: true,
      label: `the version before openapi.yaml's last change (${first.slice(0, 12)}, the parent of ${second.slice(0, 12)})`,
      commit: first,
    });
  });

  it('with no main branch either, takes the last commit when the work tree changed the spec', () => {
    const repo = createGitRepo('work');
    repo.commit('first', { 'openapi.yaml': 'v1' });
    const second = repo.commit('second', { 'openapi.yaml': 'v2' });
    writeFileSync(join(repo.dir, 'openapi.yaml'), 'v3');

    expect(findReleaseBase(repo.dir)).toEqual({
      found: true,
      label: `the last commit (${second.slice(0, 12)}), as the work tree changed openapi.yaml`,
      commit: second,
    });
  });

  it('finds none when the spec has no earlier version, without commits, or outside git', () => {
    const onMain = createGitRepo('main');
    onMain.commit('first', { 'openapi.yaml': 'v1' });
    const firstRelease = createGitRepo('main');
    firstRelease.commit('first', { 'openapi.yaml': 'v1' });
    firstRelease.git('tag', 'v0.1.0');
    const alone = createGitRepo('work');
    alone.commit('first', { 'openapi.yaml': 'v1' });
    const empty = createGitRepo('work');

    expect(findReleaseBase(onMain.dir)).toEqual({
      found: false,
      reason: expect.stringMatching(/is HEAD itself, and openapi.yaml has no earlier version$/),
    });
    expect(findReleaseBase(firstRelease.dir)).toEqual({ found: false, reason: expect.stringMatching(/HEAD itself/) });
    expect(findReleaseBase(alone.dir)).toEqual({
      found: false,
      reason: 'no v* tag and no main or origin/main branch, and openapi.yaml has no earlier version',
    });
    expect(findReleaseBase(empty.dir)).toEqual({ found: false, reason: 'the repository has no commit yet' });
    expect(findReleaseBase(mkdtempSync(join(tmpdir(), 'no-git-')))).toEqual({
      found: false,
      reason: 'not in a git work tree (or git is not installed)',
    });
  });
});

describe('fileAt', () => {
  it('reads a file as it was at a commit, and says when it was not there', () => {
    const repo = createGitRepo('work');
    const first = repo.commit('first', { 'other.txt': 'x' });
    const second = repo.commit('second', { 'openapi.yaml': 'openapi: 3.0.3\n' });

    expect(fileAt(repo.dir, second, 'openapi.yaml')).toBe('openapi: 3.0.3\n');
    expect(fileAt(repo.dir, first, 'openapi.yaml')).toBeUndefined();
  });
});
