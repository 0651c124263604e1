// `npm run synth` works offline with no AWS credentials, and the CLI phones nowhere home.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/** The environment without any AWS credentials or profile. */
function withoutAwsCredentials(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (/^AWS_(ACCESS|SECRET|SESSION|PROFILE|DEFAULT_PROFILE|ROLE)/.test(key)) delete env[key];
  env.AWS_CONFIG_FILE = '/dev/null';
  env.AWS_SHARED_CREDENTIALS_FILE = '/dev/null';
  return env;
}

describe('npm run synth', () => {
  it.each(['dev', 'prod'])('synthesizes the %s stack without credentials', (stage) => {
    const out = mkdtempSync(join(tmpdir(), 'users-api-synth-'));

    const run = spawnSync('npm', ['run', 'synth', '--', '-c', `stage=${stage}`, '-o', out], {
      cwd: root,
      env: withoutAwsCredentials(),
      encoding: 'utf8',
      timeout: 240_000, // ~10 s idle; minutes on a loaded 2-core machine
    });

    expect(run.status, run.stderr).toBe(0);
    const template = JSON.parse(readFileSync(join(out, `UsersApi-${stage}.template.json`), 'utf8'));
    expect(Object.keys(template.Resources).length).toBeGreaterThan(20);
    // versionReporting: false in cdk.json: no AWS::CDK::Metadata usage report in the template.
    expect(Object.values(template.Resources).map((r) => (r as { Type: string }).Type)).not.toContain(
      'AWS::CDK::Metadata',
    );
    expect(JSON.parse(readFileSync(join(out, 'validation-report.json'), 'utf8')).pluginReports).toEqual([]);
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
  });

  it('synthesizes every option at once from context (WAF counting, API keys, custom domain, two regions), cdk-nag clean', () => {
    const out = mkdtempSync(join(tmpdir(), 'users-api-synth-'));
    const context = [
      'stage=dev',
      'wafMode=count',
      'apiKeys=on',
      'apiKeyClients=acme:partner',
      'apiDomain=api.example.com',
      'hostedZoneId=Z0123456789ABCDEFGHIJ',
      'hostedZoneName=example.com',
      'regions=us-east-1,eu-west-1',
    ].flatMap((value) => ['-c', value]);

    const run = spawnSync('npm', ['run', 'synth', '--', ...context, '-o', out], {
      cwd: root,
      env: withoutAwsCredentials(),
      encoding: 'utf8',
      timeout: 240_000,
    });

    expect(run.status, run.stderr).toBe(0);
    const home = JSON.parse(readFileSync(join(out, 'UsersApi-dev.template.json'), 'utf8'));
    const other = JSON.parse(readFileSync(join(out, 'UsersApi-dev-eu-west-1.template.json'), 'utf8'));
    expect(home.Outputs.ApiUrl.Value).toBe('https://api.example.com/');
    expect(other.Outputs.ApiUrl.Value).toBe('https://api.example.com/');
    for (const template of [home, other]) {
      const types = Object.values(template.Resources).map((r) => (r as { Type: string }).Type);
      expect(types).toEqual(expect.arrayContaining(['AWS::WAFv2::WebACL', 'AWS::ApiGateway::UsagePlan']));
    }
    expect(JSON.parse(readFileSync(join(out, 'validation-report.json'), 'utf8')).pluginReports).toEqual([]);
  });

  it('keeps CLI telemetry, notices and version checks off in the project files', () => {
    const cdkJson = JSON.parse(readFileSync(join(root, 'cdk.json'), 'utf8'));
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;

    expect(cdkJson).toMatchObject({ notices: false, versionReporting: false, context: { 'cli-telemetry': false } });
    for (const name of ['synth', 'diff', 'deploy', 'cdk']) {
      expect(scripts[name]).toContain('CDK_DISABLE_CLI_TELEMETRY=true');
      expect(scripts[name]).toContain('CDK_DISABLE_VERSION_CHECK=true');
    }
  });
});
