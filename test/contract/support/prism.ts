// Starts the Prism mock the way `npm run mock` does (static examples from
// openapi.yaml, bound to 127.0.0.1), on a free port, for the contract suite.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '../../../src/local/dynamodbLocal.js';

export interface RunningMock {
  baseUrl: string;
  output(): string;
  stop(): Promise<void>;
}

const root = resolve(import.meta.dirname, '../../..');
const prismCli = resolve(root, 'node_modules/@stoplight/prism-cli/dist/index.js');

/**
 * `--cors false`: with CORS on (the default, which `npm run mock` keeps for browser
 * frontends) Prism adds `Access-Control-Allow-Origin: *` to every answer, which is
 * Prism's, not the contract's; without it the mock answers exactly what the spec says.
 */
export async function startPrism(timeoutMs = 30_000): Promise<RunningMock> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [prismCli, 'mock', '-h', '127.0.0.1', '-p', String(port), '--cors', 'false', 'openapi.yaml'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => {
      void stop();
      fail(new Error(`Prism did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.stdout.on('data', () => {
      if (!output.includes('Prism is listening on')) return;
      clearTimeout(timer);
      ok();
    });
    void exited.then(() => {
      clearTimeout(timer);
      fail(new Error(`Prism exited before listening:\n${output}`));
    });
  });
  return { baseUrl: `http://127.0.0.1:${port}`, output: () => output, stop };
}
