// `npm run bench` in quick mode runs every measurement end to end and ends with the JSON
// line of figures. No timing is asserted: the machine is shared and quick mode is short.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const FIGURES = [
  'cold_ms',
  'cold_floor_ms',
  'cold_ratio',
  'bundle_kb',
  'bundle_floor_kb',
  'bundle_ratio',
  'warm_us',
  'warm_floor_us',
  'warm_invalid_us',
  'e2e_get_rps',
  'e2e_post_rps',
  'e2e_p99_ms',
  'e2e_non2xx',
  'e2e_ratio',
];

describe('npm run bench', () => {
  it('runs in quick mode and prints every figure as one JSON object on its last line', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/main.ts', '--quick'], {
      cwd: root,
      timeout: 150_000,
      maxBuffer: 16 * 1024 * 1024,
    });

    const last = stdout.trimEnd().split('\n').at(-1) ?? '';
    const figures = JSON.parse(last) as Record<string, unknown>;
    expect(Object.keys(figures).sort()).toEqual([...FIGURES].sort());
    for (const name of FIGURES) expect(figures[name], name).toEqual(expect.any(Number));
    expect(stdout).toContain('cold start');
    expect(stdout).toContain('e2e');
  }, 180_000);
});
