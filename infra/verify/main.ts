// The `npm run verify` command: runs verify.ts with the process's arguments and sets the
// exit code. Ctrl-C or SIGTERM stops the running step and still cleans up; a second leaves.
import { verify } from './verify.js';

// On Node 20 the SDK warns at every start that its 2027 releases need Node 22; `engines`
// says what runs locally (as npm start decides in src/local/main.ts).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const interrupted = new AbortController();
const onSignal = (signal: NodeJS.Signals) => {
  if (interrupted.signal.aborted) process.exit(130);
  process.stderr.write(`\n${signal}: stopping, then cleaning up (again to leave at once; then use --cleanup-only)\n`);
  interrupted.abort(new Error(`interrupted by ${signal}`));
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

process.exitCode = await verify(process.argv.slice(2), {
  write: (text) => process.stdout.write(text),
  signal: interrupted.signal,
});
