// Which stage `npm run seed` and `npm run token` talk to: API_URL, else PORT, else the one
// <DATA_DIR>/stage.json names, else 127.0.0.1:3000; and when they warn about the key.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readStageState, targetStage } from '../../src/local/stageState.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A data dir whose stage.json names a stage at port 4123 with key `kid`, run by `pid`. */
function dataDirWithStage(kid = 'local-a', pid = process.pid): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'stage-state-'));
  dirs.push(dataDir);
  const state = { url: 'http://127.0.0.1:4123', port: 4123, dataDir, kid, pid };
  writeFileSync(join(dataDir, 'stage.json'), JSON.stringify(state));
  return dataDir;
}

describe('targetStage', () => {
  it('takes the URL from stage.json when neither API_URL nor PORT is set, with no warning', () => {
    const dataDir = dataDirWithStage();

    expect(targetStage({}, dataDir, 'local-a')).toEqual({ url: 'http://127.0.0.1:4123', warnings: [] });
  });

  it('lets API_URL, then PORT, win over stage.json, and warns that the stage there is not this data dir’s', () => {
    const dataDir = dataDirWithStage();

    const byUrl = targetStage({ API_URL: 'http://127.0.0.1:5555', PORT: '5100' }, dataDir, 'local-a');
    const byPort = targetStage({ PORT: '5100' }, dataDir, 'local-a');

    expect(byUrl.url).toBe('http://127.0.0.1:5555');
    expect(byPort.url).toBe('http://127.0.0.1:5100');
    expect(byPort.warnings).toEqual([
      expect.stringContaining('runs at http://127.0.0.1:4123, not http://127.0.0.1:5100'),
    ]);
  });

  it('falls back to 127.0.0.1:3000 and warns when no stage runs on the data dir', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stage-state-'));
    dirs.push(dataDir);

    const target = targetStage({}, dataDir, 'local-b');

    expect(target.url).toBe('http://127.0.0.1:3000');
    expect(target.warnings).toEqual([expect.stringContaining(`no stage runs on DATA_DIR ${dataDir}`)]);
  });

  it('warns when the key signed with is not the one the running stage verifies with', () => {
    const dataDir = dataDirWithStage('local-a');

    expect(targetStage({}, dataDir, 'local-b').warnings).toEqual([
      expect.stringContaining('(kid local-b) is not the one the running stage verifies with (kid local-a)'),
    ]);
  });

  it('ignores a stage.json left by a stage that no longer runs', () => {
    const dead = 2 ** 22 + 12345; // above Linux's default pid_max
    const dataDir = dataDirWithStage('local-a', dead);

    expect(readStageState(dataDir)).toBeUndefined();
    expect(targetStage({}, dataDir, 'local-a').url).toBe('http://127.0.0.1:3000');
  });
});
