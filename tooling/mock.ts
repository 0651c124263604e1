// `npm run mock [-- --port N | -p N]`: the Prism mock of openapi.yaml on 127.0.0.1,
// port 4010 unless told otherwise.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const defaultMockPort = 4010;

/** The port from `--port N`, `--port=N`, `-p N` or `-p=N` (the last one wins), else 4010. */
export function parseMockPort(args: readonly string[]): number {
  let port = defaultMockPort;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const inline = /^(?:--port|-p)=(.*)$/.exec(arg);
    const flag = arg === '--port' || arg === '-p';
    if (!inline && !flag) continue;
    const value = inline ? inline[1] : args[++i];
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65_535)
      throw new Error(`mock: the port must be a whole number from 1 to 65535, not ${JSON.stringify(value ?? '')}.`);
    port = parsed;
  }
  return port;
}

function main(): void {
  let port: number;
  try {
    port = parseMockPort(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }
  const root = resolve(import.meta.dirname, '..');
  const prismCli = resolve(root, 'node_modules/@stoplight/prism-cli/dist/index.js');
  const child = spawn(process.execPath, [prismCli, 'mock', '-h', '127.0.0.1', '-p', String(port), 'openapi.yaml'], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
