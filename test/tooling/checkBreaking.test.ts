// `npm run check:breaking` end to end in throwaway repositories: it passes additions, fails
// a break against the last release with a hint, and passes, saying why, when there is no base.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { createGitRepo } from './gitRepo.js';

const root = new URL('../../', import.meta.url).pathname;
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

function checkBreaking(cwd: string) {
  const run = spawnSync(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, `${root}tooling/checkBreaking.ts`], {
    cwd,
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** base.yaml plus only the additions of head.yaml: an optional parameter and fields, a status, an operation. */
function additionsOnly(): string {
  const doc = parse(fixture('base.yaml'));
  const changed = parse(fixture('head.yaml'));
  doc.paths['/additions'] = changed.paths['/additions'];
  doc.paths['/added'] = changed.paths['/added'];
  return stringify(doc);
}

describe('npm run check:breaking', () => {
  it('passes additions, then fails a break against the last release, naming it and the way out', () => {
    // Prepare
    const repo = createGitRepo('work');
    repo.commit('release', { 'openapi.yaml': fixture('base.yaml') });
    repo.git('tag', 'v1.4.0');
    repo.commit('additions', { 'openapi.yaml': additionsOnly() });
    // Act
    const additions = checkBreaking(repo.dir);
    repo.commit('breaks', { 'openapi.yaml': fixture('head.yaml') });
    const breaks = checkBreaking(repo.dir);
    // Assess
    expect(additions.status, additions.stdout + additions.stderr).toBe(0);
    expect(additions.stdout).toContain('openapi.yaml against release v1.4.0, info.version 1.4.0 -> 1.4.0');
    expect(breaks.status, breaks.stdout + breaks.stderr).toBe(1);
    expect(breaks.stdout).toContain('[prevent operation removal]');
    expect(breaks.stderr).toContain(
      "breaks clients of release v1.4.0. Undo the change, make it additive, or raise info.version's major",
    );
  });

  it("on main without a release tag, fails a break against the spec's previous version, naming it", () => {
    // Prepare
    const repo = createGitRepo('main');
    const before = repo.commit('first', { 'openapi.yaml': fixture('base.yaml') });
    const breaking = repo.commit('breaks', { 'openapi.yaml': fixture('head.yaml') });
    // Act
    const run = checkBreaking(repo.dir);
    // Assess
    const label = `the version before openapi.yaml's last change (${before.slice(0, 12)}, the parent of ${breaking.slice(0, 12)})`;
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain(`openapi.yaml against ${label}`);
    expect(run.stderr).toContain(`breaks clients of ${label}.`);
  });

  it('passes and says so when there is nothing to compare with', () => {
    // Prepare
    const repo = createGitRepo('work');
    repo.commit('first', { 'openapi.yaml': fixture('head.yaml') });
    // Act
    const run = checkBreaking(repo.dir);
    // Assess
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      'check:breaking: no base to compare openapi.yaml with (no v* tag and no main or origin/main branch, ' +
        'and openapi.yaml has no earlier version); nothing to check.\n',
    );
  });
});
