// A refused deploy option (`npm run synth -- -c …`, and so deploy) prints one sentence naming the
// option and the fix, and exits non-zero; any other error keeps its stack. Runs the app entry
// with tsx and CDK_CONTEXT_JSON, as the CDK CLI does, without the CLI's own start-up.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../infra/bundling.js';

interface Exit {
  readonly code: number | null;
  readonly stderr: string;
}

const runApp = (context: string): Promise<Exit> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'infra/bin/app.ts'], {
      cwd: projectRoot,
      env: { ...process.env, CDK_CONTEXT_JSON: context, CDK_DISABLE_CLI_TELEMETRY: 'true' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });

const refusals: Array<[Record<string, string>, RegExp]> = [
  [
    { regions: 'us-east-1,eu-west-1' },
    /^-c regions=us-east-1,eu-west-1: regions needs the custom domain .*: add -c apiDomain=.* -c hostedZoneName=/,
  ],
  [{ stage: 'staging' }, /^-c stage=staging: Unknown stage "staging"; use -c stage=dev or -c stage=prod$/],
  [{ wafMode: 'monitor' }, /^-c wafMode=monitor: wafMode must be one of block, count/],
  [
    { apiKeyClients: 'acme:partner' },
    /^-c apiKeyClients=acme:partner: apiKeyClients needs apiKeys=on: add -c apiKeys=on$/,
  ],
  [{ apiDomain: 'api.example.com' }, /^-c apiDomain=api.example.com: apiDomain, hostedZoneId and hostedZoneName go/],
  [{ githubRepo: 'not a repo' }, /^-c githubRepo=not a repo: githubRepo must be owner\/name/],
];

describe('deploy options the app refuses', () => {
  it('prints one line naming the option and the fix, and exits non-zero', async () => {
    const runs = await Promise.all(refusals.map(([context]) => runApp(JSON.stringify(context))));

    runs.forEach(({ code, stderr }, i) => {
      const [context, message] = refusals[i] as [Record<string, string>, RegExp];
      const label = JSON.stringify(context);
      expect(code, label).not.toBe(0);
      expect(stderr.trimEnd().split('\n'), label).toHaveLength(1);
      expect(stderr.trimEnd(), label).toMatch(message);
      expect(stderr, label).not.toMatch(/\n\s+at /);
    });
  });

  it('still shows the stack of an error that is not about an option', async () => {
    const { code, stderr } = await runApp('{not json'); // CDK's App parses CDK_CONTEXT_JSON

    expect(code).not.toBe(0);
    expect(stderr).toMatch(/SyntaxError/);
    expect(stderr).toMatch(/\n\s+at /);
  });
});
