// `npm run mock -- --port N` / `-p N`: the port reaches Prism (it used to get both 4010 and N).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../src/local/dynamodbLocal.js';
import { parseMockPort } from '../../tooling/mock.js';

const root = resolve(import.meta.dirname, '../..');

describe('parseMockPort', () => {
  it('defaults to 4010 and takes --port, -p and their = forms', () => {
    expect(parseMockPort([])).toBe(4010);
    expect(parseMockPort(['--port', '5101'])).toBe(5101);
    expect(parseMockPort(['-p', '5102'])).toBe(5102);
    expect(parseMockPort(['--port=5103'])).toBe(5103);
    expect(parseMockPort(['-p=5104'])).toBe(5104);
  });

  it('refuses a port that is not a whole number from 1 to 65535', () => {
    for (const bad of [['-p'], ['-p', 'x'], ['--port', '0'], ['--port', '65536'], ['-p', '80.5']])
      expect(() => parseMockPort(bad)).toThrow(/^mock: the port must be a whole number from 1 to 65535/);
  });
});

describe('npm run mock -- -p N', () => {
  it('serves the spec on 127.0.0.1:N', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'tooling/mock.ts', '-p', String(port)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    try {
      await new Promise<void>((ok, fail) => {
        const collect = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Prism is listening on')) ok();
        };
        child.stdout.on('data', collect);
        child.stderr.on('data', collect);
        child.once('exit', () => fail(new Error(`mock exited:\n${output}`)));
      });
      expect(output).toContain(`http://127.0.0.1:${port}`);
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  });
});
